import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './replication-group-encrypted-in-transit.js';

const T = 'aws.elasticache.replication-group';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { transitEncryptionEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { transitEncryptionEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { transitEncryptionEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
    { name: 'live resource still in the preferred migration mode', resource: liveResource(T, 'r-pref', { transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' }) },
    { name: 'IaC resource that sets the preferred mode', resource: iacResource(T, 'tf-pref', { transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' }) },
  ],
  pass: [
    { name: 'live resource with the setting on and TLS required', resource: liveResource(T, 'r2', { transitEncryptionEnabled: true, transitEncryptionMode: 'required' }) },
    { name: 'IaC resource that sets it (mode left to its default, required)', resource: iacResource(T, 'tf2', { transitEncryptionEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { transitEncryptionEnabled: unknownAttr('elasticache:DescribeReplicationGroups') }), cause: 'elasticache:DescribeReplicationGroups' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'TLS on but the mode unknown', resource: liveResource(T, 'r5', { transitEncryptionEnabled: true, transitEncryptionMode: unknownAttr('elasticache:DescribeReplicationGroups') }), cause: 'elasticache:DescribeReplicationGroups' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { transitEncryptionEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
