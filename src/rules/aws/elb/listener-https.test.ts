import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './listener-https.js';

const T = 'aws.elbv2.listener';

testRule(rule, {
  fail: [
    { name: 'HTTP forward', resource: liveResource(T, 'l1', { protocol: 'HTTP', defaultActions: [{ type: 'forward' }] }), message: 'plain HTTP' },
    { name: 'IaC HTTP without actions', resource: iacResource(T, 'tf', { protocol: 'HTTP' }, { location: { file: 'lb.tf', line: 1 }, attributeLines: { protocol: { file: 'lb.tf', line: 3 } } }), line: 3 },
    { name: 'redirect keeping the protocol', resource: liveResource(T, 'l2', { protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}' }] }) },
  ],
  pass: [{ name: 'redirect to HTTPS', resource: liveResource(T, 'l3', { protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] }) }],
  unknown: [
    { name: 'DescribeListeners denied', resource: liveResource(T, 'l4', { protocol: unknownAttr('elasticloadbalancing:DescribeListeners') }), cause: 'elasticloadbalancing:DescribeListeners' },
    { name: 'actions not collected', resource: liveResource(T, 'l5', { protocol: 'HTTP' }), cause: 'not collected' },
    { name: 'IaC protocol from a variable', resource: iacResource(T, 'tf2', { protocol: unresolvedAttr('var.protocol') }), cause: 'var.protocol' },
  ],
  notApplicable: [{ name: 'HTTPS listener', resource: liveResource(T, 'l6', { protocol: 'HTTPS' }) }],
});
