import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './role-unused.js';
import { ago } from './user-test-helpers.js';

const R = 'aws.iam.role';

testRule(rule, {
  fail: [
    { name: 'last used 200 days ago', resource: liveResource(R, 'r1', { serviceLinked: false, lastUsedAt: ago(200), createdAt: ago(900) }), message: '200 days ago' },
    { name: 'never used, a year old', resource: liveResource(R, 'r2', { serviceLinked: false, lastUsedAt: null, createdAt: ago(365) }), message: 'never used' },
  ],
  pass: [
    { name: 'used yesterday', resource: liveResource(R, 'r3', { serviceLinked: false, lastUsedAt: ago(1), createdAt: ago(500) }) },
    { name: 'new role', resource: liveResource(R, 'r4', { serviceLinked: false, lastUsedAt: null, createdAt: ago(3) }) },
  ],
  notApplicable: [
    { name: 'service-linked role', resource: liveResource(R, 'r5', { serviceLinked: true, lastUsedAt: null, createdAt: ago(900) }) },
    { name: 'IaC role', resource: iacResource(R, 'r6', {}) },
  ],
  unknown: [{ name: 'GetRole denied', resource: liveResource(R, 'r7', { serviceLinked: false, lastUsedAt: unknownAttr('iam:GetRole') }), cause: 'iam:GetRole' }],
});
