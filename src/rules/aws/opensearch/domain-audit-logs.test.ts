import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './domain-audit-logs.js';

const T = 'aws.opensearch.domain';

testRule(rule, {
  fail: [
    { name: 'no log publishing', resource: iacResource(T, 'tf', {}) },
    { name: 'audit disabled', resource: liveResource(T, 'd1', { logPublishing: { AUDIT_LOGS: { enabled: false } } }) },
    { name: 'only slow logs', resource: liveResource(T, 'd2', { logPublishing: { SEARCH_SLOW_LOGS: { enabled: true } } }) },
  ],
  pass: [{ name: 'audit enabled', resource: liveResource(T, 'd3', { logPublishing: { AUDIT_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:audit' } } }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd4', { logPublishing: unknownAttr('es:DescribeDomain') }), cause: 'es:DescribeDomain' },
    { name: 'not collected', resource: liveResource(T, 'd5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { logPublishing: unresolvedAttr('var.logs') }), cause: 'var.logs' },
  ],
});
