import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './listener-tls-policy.js';

const T = 'aws.elbv2.listener';

testRule(rule, {
  fail: [
    { name: 'TLS 1.1 policy', resource: liveResource(T, 'l1', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' }), message: 'older than 1.2' },
    { name: 'IaC default policy', resource: iacResource(T, 'tf', { protocol: 'HTTPS' }), message: 'ELBSecurityPolicy-2016-08' },
  ],
  pass: [
    { name: 'TLS 1.3 policy', resource: liveResource(T, 'l2', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }) },
    { name: 'NLB FS 1.2 policy', resource: liveResource(T, 'l3', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }) },
  ],
  unknown: [
    { name: 'DescribeListeners denied', resource: liveResource(T, 'l4', { protocol: 'HTTPS', sslPolicy: unknownAttr('elasticloadbalancing:DescribeListeners') }), cause: 'elasticloadbalancing:DescribeListeners' },
    { name: 'not collected', resource: liveResource(T, 'l5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { protocol: 'HTTPS', sslPolicy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
  notApplicable: [{ name: 'plain HTTP', resource: liveResource(T, 'l6', { protocol: 'HTTP' }) }],
});
