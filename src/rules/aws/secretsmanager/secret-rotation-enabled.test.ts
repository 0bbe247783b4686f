import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './secret-rotation-enabled.js';

const T = 'aws.secretsmanager.secret';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { rotationEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { rotationEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { rotationEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { rotationEnabled: true }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { rotationEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { rotationEnabled: unknownAttr('secretsmanager:DescribeSecret') }), cause: 'secretsmanager:DescribeSecret' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { rotationEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
});
