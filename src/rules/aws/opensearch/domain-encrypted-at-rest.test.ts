import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './domain-encrypted-at-rest.js';

const T = 'aws.opensearch.domain';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { encryptionAtRestEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { encryptionAtRestEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { encryptionAtRestEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { encryptionAtRestEnabled: true }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { encryptionAtRestEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { encryptionAtRestEnabled: unknownAttr('es:DescribeDomain') }), cause: 'es:DescribeDomain' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { encryptionAtRestEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
