import type { JsonValue } from '../../../../core/index.js';
import { unresolvedCause } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import { ResourceDraft, compact, valueAt } from './builder.js';
import { applyFields, blockCount, bool, keyRef, present, str } from './table.js';
import type { TfAdapter } from './types.js';

export const cloudfrontDistributionAdapter: TfAdapter = {
  modelType: 'aws.cloudfront.distribution',
  primary: ['aws_cloudfront_distribution'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.cloudfront.distribution', inst.address);
    applyFields(d, inst, [
      ['minimumProtocolVersion', ['viewer_certificate', 0, 'minimum_protocol_version'], str],
      ['webAclId', ['web_acl_id'], keyRef],
      ['loggingEnabled', ['logging_config', 0], (v) => (v === undefined ? undefined : true)],
    ]);
    const policies: JsonValue[] = [];
    const vpp = str(valueAt(inst, ['default_cache_behavior', 0, 'viewer_protocol_policy']));
    if (vpp !== undefined) policies.push({ pathPattern: '*', viewerProtocolPolicy: vpp });
    for (let i = 0; i < blockCount(inst, ['ordered_cache_behavior']); i++) {
      const p = str(valueAt(inst, ['ordered_cache_behavior', i, 'viewer_protocol_policy']));
      if (p !== undefined) policies.push(compact({ pathPattern: str(valueAt(inst, ['ordered_cache_behavior', i, 'path_pattern'])), viewerProtocolPolicy: p }));
    }
    if (policies.length) d.set('viewerProtocolPolicies', policies, { inst, path: ['default_cache_behavior', 0, 'viewer_protocol_policy'] });
    const cert = (f: string) => valueAt(inst, ['viewer_certificate', 0, f]);
    const flag = bool(cert('cloudfront_default_certificate'));
    if (flag !== undefined) d.set('cloudFrontDefaultCertificate', flag, { inst, path: ['viewer_certificate', 0, 'cloudfront_default_certificate'] });
    else if (present(cert('acm_certificate_arn')) || present(cert('iam_certificate_id'))) d.set('cloudFrontDefaultCertificate', false, { inst, path: ['viewer_certificate', 0] });
    return d;
  },
};

function methodSetting(inst: TfInstance): JsonValue {
  return compact({
    methodPath: str(valueAt(inst, ['method_path'])),
    cachingEnabled: bool(valueAt(inst, ['settings', 0, 'caching_enabled'])),
    cacheDataEncrypted: bool(valueAt(inst, ['settings', 0, 'cache_data_encrypted'])),
  });
}

export const apigatewayStageAdapter: TfAdapter = {
  modelType: 'aws.apigateway.stage',
  primary: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
  // Method settings usually name their stage through the stage's own stage_name.
  nameAttr: 'stage_name',
  build(inst) {
    const rest = inst.type === 'aws_api_gateway_stage';
    const name = valueAt(inst, [rest ? 'stage_name' : 'name']);
    const d = new ResourceDraft(inst, 'aws.apigateway.stage', typeof name === 'string' ? name : inst.address);
    d.set('apiKind', rest ? 'rest' : 'v2');
    applyFields(d, inst, [
      ['accessLogDestinationArn', ['access_log_settings', 0, 'destination_arn'], keyRef],
      ...(rest
        ? ([
            ['tracingEnabled', ['xray_tracing_enabled'], bool],
            ['cacheClusterEnabled', ['cache_cluster_enabled'], bool],
          ] as const)
        : []),
    ]);
    return d;
  },
  // Method settings whose stage cannot be found (defined elsewhere, or named by an attribute the
  // configuration does not set) are still judged, on a partial stage whose other settings are unknown.
  orphan(inst) {
    const d = new ResourceDraft(inst, 'aws.apigateway.stage', `${inst.address} (stage not in the configuration)`);
    d.set('apiKind', 'rest');
    const cause = unresolvedCause(String(inst.config.stage_name ?? inst.address), 'the stage these method settings apply to is not in the scanned configuration');
    for (const attr of ['accessLogDestinationArn', 'tracingEnabled', 'cacheClusterEnabled']) d.attributes[attr] = { state: 'unknown', cause };
    return d;
  },
  joins: {
    aws_api_gateway_method_settings: {
      via: 'stage_name',
      apply(d, inst) {
        const ev = d.attributes.methodSettings;
        const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
        d.set('methodSettings', [...current, methodSetting(inst)], { inst, path: ['settings'] });
      },
    },
  },
};
