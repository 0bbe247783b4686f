import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-audit-logging.js';

const T = 'aws.redshift.cluster';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { loggingEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { loggingEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { loggingEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { loggingEnabled: true }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { loggingEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { loggingEnabled: unknownAttr('redshift:DescribeLoggingStatus') }), cause: 'redshift:DescribeLoggingStatus' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { loggingEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
