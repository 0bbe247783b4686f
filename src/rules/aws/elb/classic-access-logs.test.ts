import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './classic-access-logs.js';

const T = 'aws.elb.load-balancer';

testRule(rule, {
  fail: [{ name: 'off', resource: liveResource(T, 'l1', { accessLogsEnabled: false }) }, { name: 'IaC default', resource: iacResource(T, 'tf', {}) }],
  pass: [{ name: 'on', resource: liveResource(T, 'l2', { accessLogsEnabled: true }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'l3', { accessLogsEnabled: unknownAttr('elasticloadbalancing:DescribeLoadBalancerAttributes') }), cause: 'elasticloadbalancing:DescribeLoadBalancerAttributes' },
    { name: 'not collected', resource: liveResource(T, 'l4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { accessLogsEnabled: unresolvedAttr('var.logs') }), cause: 'var.logs' },
  ],
});
