import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './inline-policy-no-admin-access.js';

const admin = { Statement: [{ Effect: 'Allow', Action: '*:*', Resource: '*' }] };
const scoped = { Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }] };
const marker = { $unknown: { kind: 'unresolved', expression: 'var.policy', message: 'could not resolve var.policy' } };

testRule(rule, {
  fail: [
    { name: 'role with an inline admin policy', resource: liveResource('aws.iam.role', 'r1', { inlinePolicies: { ok: scoped, everything: admin } }), message: 'Inline policy everything' },
    { name: 'IaC group with an inline admin policy', resource: iacResource('aws.iam.group', 'g1', { inlinePolicies: { all: admin } }) },
    { name: 'user admin policy next to an unresolved one', resource: iacResource('aws.iam.user', 'u1', { inlinePolicies: { x: marker, all: admin } }) },
  ],
  pass: [
    { name: 'role with a scoped inline policy', resource: liveResource('aws.iam.role', 'r2', { inlinePolicies: { ok: scoped } }) },
    { name: 'IaC user without inline policies', resource: iacResource('aws.iam.user', 'u2', {}) },
  ],
  unknown: [
    { name: 'ListRolePolicies denied', resource: liveResource('aws.iam.role', 'r3', { inlinePolicies: unknownAttr('iam:ListRolePolicies') }), cause: 'iam:ListRolePolicies' },
    { name: 'unresolved inline document', resource: iacResource('aws.iam.role', 'r4', { inlinePolicies: { x: marker } }), cause: 'var.policy' },
  ],
});
