import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './no-administrator-access-attached.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const marker = { $unknown: { kind: 'unresolved', expression: 'aws_iam_policy.x.arn', message: 'could not resolve aws_iam_policy.x.arn' } };

testRule(rule, {
  fail: [
    { name: 'role with AdministratorAccess', resource: liveResource('aws.iam.role', 'r1', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', ADMIN] }), message: 'AdministratorAccess is attached' },
    { name: 'IaC group with AdministratorAccess next to an unresolved ARN', resource: iacResource('aws.iam.group', 'g1', { attachedPolicyArns: [marker, ADMIN] }) },
  ],
  pass: [
    { name: 'user with ReadOnlyAccess', resource: liveResource('aws.iam.user', 'u1', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }) },
    { name: 'IaC role without attachments', resource: iacResource('aws.iam.role', 'r2', {}) },
  ],
  unknown: [
    { name: 'ListAttachedRolePolicies denied', resource: liveResource('aws.iam.role', 'r3', { attachedPolicyArns: unknownAttr('iam:ListAttachedRolePolicies') }), cause: 'iam:ListAttachedRolePolicies' },
    { name: 'unresolved attachment only', resource: iacResource('aws.iam.role', 'r4', { attachedPolicyArns: [marker] }), cause: 'aws_iam_policy.x.arn' },
  ],
});
