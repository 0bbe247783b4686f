import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './alb-drop-invalid-headers.js';

const T = 'aws.elbv2.load-balancer';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { dropInvalidHeaderFields: false, type: "application" }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { dropInvalidHeaderFields: false, type: "application" }, { location: { file: 'main.tf', line: 1 }, attributeLines: { dropInvalidHeaderFields: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', { type: "application" }) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { dropInvalidHeaderFields: true, type: "application" }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { dropInvalidHeaderFields: true, type: "application" }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { dropInvalidHeaderFields: unknownAttr('elasticloadbalancing:DescribeLoadBalancerAttributes'), type: "application" }), cause: 'elasticloadbalancing:DescribeLoadBalancerAttributes' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', { type: "application" }), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { dropInvalidHeaderFields: unresolvedAttr('var.setting'), type: "application" }), cause: 'var.setting' },
  ],
  notApplicable: [
    { name: 'Network Load Balancer', resource: liveResource(T, 'na0', { type: "network", dropInvalidHeaderFields: false }) },
  ],
});
