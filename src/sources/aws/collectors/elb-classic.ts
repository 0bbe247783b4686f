import { DescribeLoadBalancerAttributesCommand, ElasticLoadBalancingClient, paginateDescribeLoadBalancers } from '@aws-sdk/client-elastic-load-balancing';
import type { LoadBalancerDescription } from '@aws-sdk/client-elastic-load-balancing';
import type { JsonValue } from '../../../core/index.js';
import { elbClassicLoadBalancer } from '../../../core/types/aws/elb.js';
import type { Collector, Scope } from '../scope.js';
import { mapLimit } from '../semaphore.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

/**
 * Classic Load Balancers. The service key `elb` keeps its client apart from the ELBv2 client
 * (both sign as `elasticloadbalancing`, and clients are cached per service key and region).
 */
export const elbClassicCollector: Collector = {
  service: 'elb',
  scope: 'regional',
  types: [elbClassicLoadBalancer.type],
  actions: ['elasticloadbalancing:DescribeLoadBalancerAttributes', 'elasticloadbalancing:DescribeLoadBalancers'],
  async collect(s) {
    const elb = s.client(ElasticLoadBalancingClient);
    const listed = await s.all('elasticloadbalancing:DescribeLoadBalancers', () => paginateDescribeLoadBalancers({ client: elb, pageSize: 400 }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(elbClassicLoadBalancer, s.arn('elasticloadbalancing', 'loadbalancer/*'), listed);
      return;
    }
    await mapLimit(listed.value.flatMap((p) => p.LoadBalancerDescriptions ?? []), 8, (lb) => collectLoadBalancer(s, elb, lb));
  },
};

async function collectLoadBalancer(s: Scope, elb: ElasticLoadBalancingClient, lb: LoadBalancerDescription): Promise<void> {
  const name = lb.LoadBalancerName ?? '';
  const r = s.resource(elbClassicLoadBalancer.type, s.arn('elasticloadbalancing', `loadbalancer/${name}`), name, 'elasticloadbalancing:DescribeLoadBalancers');
  r.known('scheme', lb.Scheme);
  r.known(
    'listeners',
    (lb.ListenerDescriptions ?? [])
      .map((d) => d.Listener)
      .filter((l) => l !== undefined)
      .map((l) => {
        const out: Record<string, JsonValue> = {};
        if (l.Protocol) out.protocol = l.Protocol.toUpperCase();
        if (l.LoadBalancerPort !== undefined) out.loadBalancerPort = l.LoadBalancerPort;
        if (l.InstanceProtocol) out.instanceProtocol = l.InstanceProtocol.toUpperCase();
        if (l.SSLCertificateId) out.sslCertificateId = l.SSLCertificateId;
        return out;
      })
      .sort((a, b) => Number(a.loadBalancerPort ?? 0) - Number(b.loadBalancerPort ?? 0)),
  );
  const attrs = await s.call('elasticloadbalancing:DescribeLoadBalancerAttributes', () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name })));
  r.from('elasticloadbalancing:DescribeLoadBalancerAttributes', attrs, (v) => ({ accessLogsEnabled: v.LoadBalancerAttributes?.AccessLog?.Enabled ?? false }), ['accessLogsEnabled']);
  r.tagsUnknown(TAGS_NOT_COLLECTED);
  s.emit(r);
}
