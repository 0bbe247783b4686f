import type { JsonValue } from '../../../../core/index.js';
import { ResourceDraft, compact, valueAt } from './builder.js';
import { applyFields, blockCount, bool, keyRef, num, str } from './table.js';
import type { TfAdapter } from './types.js';

export const elbv2LoadBalancerAdapter: TfAdapter = {
  modelType: 'aws.elbv2.load-balancer',
  primary: ['aws_lb', 'aws_alb'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.elbv2.load-balancer', typeof name === 'string' ? name : inst.address);
    applyFields(d, inst, [
      ['type', ['load_balancer_type'], str],
      ['dropInvalidHeaderFields', ['drop_invalid_header_fields'], bool],
      ['deletionProtection', ['enable_deletion_protection'], bool],
      ['accessLogsEnabled', ['access_logs', 0, 'enabled'], bool],
      ['accessLogsBucket', ['access_logs', 0, 'bucket'], keyRef],
    ]);
    const internal = bool(valueAt(inst, ['internal']));
    if (internal !== undefined) d.set('scheme', typeof internal === 'boolean' ? (internal ? 'internal' : 'internet-facing') : internal, { inst, path: ['internal'] });
    return d;
  },
};

export const elbv2ListenerAdapter: TfAdapter = {
  modelType: 'aws.elbv2.listener',
  primary: ['aws_lb_listener', 'aws_alb_listener'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.elbv2.listener', inst.address);
    applyFields(d, inst, [
      ['loadBalancerArn', ['load_balancer_arn'], keyRef],
      ['port', ['port'], num],
      ['protocol', ['protocol'], str],
      ['sslPolicy', ['ssl_policy'], str],
    ]);
    const n = blockCount(inst, ['default_action']);
    if (n > 0) {
      const actions: JsonValue[] = [];
      for (let i = 0; i < n; i++) {
        actions.push(compact({ type: str(valueAt(inst, ['default_action', i, 'type'])), redirectProtocol: str(valueAt(inst, ['default_action', i, 'redirect', 0, 'protocol'])) }));
      }
      d.set('defaultActions', actions, { inst, path: ['default_action'] });
    }
    return d;
  },
};

export const elbClassicAdapter: TfAdapter = {
  modelType: 'aws.elb.load-balancer',
  primary: ['aws_elb'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.elb.load-balancer', typeof name === 'string' ? name : inst.address);
    const internal = bool(valueAt(inst, ['internal']));
    if (internal !== undefined) d.set('scheme', typeof internal === 'boolean' ? (internal ? 'internal' : 'internet-facing') : internal, { inst, path: ['internal'] });
    const n = blockCount(inst, ['listener']);
    if (n > 0) {
      const listeners: JsonValue[] = [];
      for (let i = 0; i < n; i++) {
        const protocol = str(valueAt(inst, ['listener', i, 'lb_protocol']));
        listeners.push(
          compact({
            protocol: typeof protocol === 'string' ? protocol.toUpperCase() : protocol,
            loadBalancerPort: num(valueAt(inst, ['listener', i, 'lb_port'])),
            instanceProtocol: str(valueAt(inst, ['listener', i, 'instance_protocol'])),
            sslCertificateId: keyRef(valueAt(inst, ['listener', i, 'ssl_certificate_id'])),
          }),
        );
      }
      d.set('listeners', listeners, { inst, path: ['listener'] });
    }
    // An access_logs block is on unless it says enabled = false.
    if (valueAt(inst, ['access_logs', 0]) !== undefined) d.set('accessLogsEnabled', bool(valueAt(inst, ['access_logs', 0, 'enabled'])) ?? true, { inst, path: ['access_logs', 0] });
    return d;
  },
};
