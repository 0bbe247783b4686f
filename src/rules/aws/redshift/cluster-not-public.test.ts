import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-not-public.js';

const T = 'aws.redshift.cluster';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { publiclyAccessible: true }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { publiclyAccessible: true }, { location: { file: 'main.tf', line: 1 }, attributeLines: { publiclyAccessible: { file: 'main.tf', line: 4 } } }), line: 4 },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { publiclyAccessible: false }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { publiclyAccessible: false }) },
    { name: 'IaC resource that keeps the safe default', resource: iacResource(T, 'tf3', {}) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { publiclyAccessible: unknownAttr('redshift:DescribeClusters') }), cause: 'redshift:DescribeClusters' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { publiclyAccessible: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
