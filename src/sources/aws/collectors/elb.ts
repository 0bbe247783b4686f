import { DescribeLoadBalancerAttributesCommand, ElasticLoadBalancingV2Client, paginateDescribeListeners, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { JsonValue } from '../../../core/index.js';
import { elbv2Listener, elbv2LoadBalancer } from '../../../core/types/aws/elb.js';
import type { Collector, Scope } from '../scope.js';
import { mapLimit } from '../semaphore.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

export const elbv2Collector: Collector = {
  service: 'elasticloadbalancing',
  scope: 'regional',
  types: [elbv2LoadBalancer.type, elbv2Listener.type],
  actions: ['elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancers'],
  async collect(s) {
    const elb = s.client(ElasticLoadBalancingV2Client);
    const listed = await s.all('elasticloadbalancing:DescribeLoadBalancers', () => paginateDescribeLoadBalancers({ client: elb }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(elbv2LoadBalancer, s.arn('elasticloadbalancing', 'loadbalancer/*'), listed);
      s.unlisted(elbv2Listener, s.arn('elasticloadbalancing', 'listener/*'), listed);
      return;
    }
    await mapLimit(listed.value.flatMap((p) => p.LoadBalancers ?? []), 8, (lb) => collectLoadBalancer(s, elb, lb));
  },
};

async function collectLoadBalancer(s: Scope, elb: ElasticLoadBalancingV2Client, lb: LoadBalancer): Promise<void> {
  const arn = lb.LoadBalancerArn ?? '';
  const r = s.resource(elbv2LoadBalancer.type, arn, lb.LoadBalancerName ?? arn, 'elasticloadbalancing:DescribeLoadBalancers');
  r.known('type', lb.Type).known('scheme', lb.Scheme);
  const [attrs, listeners] = await Promise.all([
    s.call('elasticloadbalancing:DescribeLoadBalancerAttributes', () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn }))),
    s.all('elasticloadbalancing:DescribeListeners', () => paginateDescribeListeners({ client: elb }, { LoadBalancerArn: arn })),
  ]);
  r.from('elasticloadbalancing:DescribeLoadBalancerAttributes', attrs, (v) => {
    const m = new Map((v.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
    const bool = (k: string) => (m.has(k) ? m.get(k) === 'true' : undefined);
    return {
      dropInvalidHeaderFields: bool('routing.http.drop_invalid_header_fields.enabled'),
      deletionProtection: bool('deletion_protection.enabled'),
      accessLogsEnabled: bool('access_logs.s3.enabled'),
      accessLogsBucket: m.get('access_logs.s3.bucket') || undefined,
    };
  }, ['dropInvalidHeaderFields', 'deletionProtection', 'accessLogsEnabled', 'accessLogsBucket']);
  r.tagsUnknown(TAGS_NOT_COLLECTED);
  s.emit(r);
  if (listeners.kind !== 'ok') {
    s.unlisted(elbv2Listener, `${arn.replace(':loadbalancer/', ':listener/')}/*`, listeners);
    return;
  }
  for (const l of listeners.value.flatMap((p) => p.Listeners ?? [])) {
    const lr = s.resource(elbv2Listener.type, l.ListenerArn ?? '', `${lb.LoadBalancerName ?? ''}:${l.Port ?? ''}`, 'elasticloadbalancing:DescribeListeners');
    lr.known('loadBalancerArn', arn).known('port', l.Port).known('protocol', l.Protocol).known('sslPolicy', l.SslPolicy);
    lr.known(
      'defaultActions',
      (l.DefaultActions ?? []).map((a) => {
        const out: Record<string, JsonValue> = { type: a.Type ?? '' };
        if (a.RedirectConfig?.Protocol) out.redirectProtocol = a.RedirectConfig.Protocol;
        return out;
      }),
    );
    lr.rel('attached-to', arn);
    lr.tagsUnknown(TAGS_NOT_COLLECTED);
    s.emit(lr);
  }
}
