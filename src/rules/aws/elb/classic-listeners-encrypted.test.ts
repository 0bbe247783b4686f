import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './classic-listeners-encrypted.js';

const T = 'aws.elb.load-balancer';

testRule(rule, {
  fail: [
    { name: 'HTTP listener', resource: liveResource(T, 'l1', { listeners: [{ protocol: 'HTTPS', loadBalancerPort: 443 }, { protocol: 'HTTP', loadBalancerPort: 80 }] }), message: 'HTTP:80' },
    { name: 'IaC TCP', resource: iacResource(T, 'tf', { listeners: [{ protocol: 'TCP', loadBalancerPort: 5432 }] }) },
  ],
  pass: [{ name: 'HTTPS and SSL', resource: liveResource(T, 'l2', { listeners: [{ protocol: 'HTTPS', loadBalancerPort: 443 }, { protocol: 'SSL', loadBalancerPort: 8443 }] }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'l3', { listeners: unknownAttr('elasticloadbalancing:DescribeLoadBalancers') }), cause: 'elasticloadbalancing:DescribeLoadBalancers' },
    { name: 'not collected', resource: liveResource(T, 'l4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { listeners: unresolvedAttr('var.listeners') }), cause: 'var.listeners' },
  ],
  notApplicable: [{ name: 'no listeners', resource: liveResource(T, 'l5', { listeners: [] }) }],
});
