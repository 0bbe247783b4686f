import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './table-point-in-time-recovery.js';

const T = 'aws.dynamodb.table';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { pointInTimeRecoveryEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { pointInTimeRecoveryEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { pointInTimeRecoveryEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { pointInTimeRecoveryEnabled: true }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { pointInTimeRecoveryEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { pointInTimeRecoveryEnabled: unknownAttr('dynamodb:DescribeContinuousBackups') }), cause: 'dynamodb:DescribeContinuousBackups' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { pointInTimeRecoveryEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
