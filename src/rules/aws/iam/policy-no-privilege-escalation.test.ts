import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './policy-no-privilege-escalation.js';

const doc = (Action: string | string[], Resource: string | string[] = '*') => ({ Statement: [{ Effect: 'Allow', Action, Resource }] });
const marker = { $unknown: { kind: 'unresolved', expression: 'var.actions', message: 'could not resolve var.actions' } };

testRule(rule, {
  fail: [
    { name: 'managed policy that can create policy versions', resource: liveResource('aws.iam.policy', 'p1', { awsManaged: false, document: doc('iam:CreatePolicyVersion') }), message: 'iam:CreatePolicyVersion' },
    { name: 'role whose inline policies combine PassRole and Lambda', resource: iacResource('aws.iam.role', 'r1', { inlinePolicies: { a: doc('iam:PassRole'), b: doc(['lambda:CreateFunction', 'lambda:InvokeFunction']) } }), message: 'Lambda' },
    { name: 'user who can create keys for anyone', resource: liveResource('aws.iam.user', 'u1', { inlinePolicies: { keys: doc('iam:CreateAccessKey', 'arn:aws:iam::123456789012:user/*') } }) },
  ],
  pass: [
    { name: 'self-service key management only', resource: liveResource('aws.iam.user', 'u2', { inlinePolicies: { keys: doc('iam:CreateAccessKey', 'arn:aws:iam::123456789012:user/${aws:username}') } }) },
    { name: 'read-only managed policy', resource: iacResource('aws.iam.policy', 'p2', { document: doc(['s3:GetObject', 'ec2:Describe*']) }) },
    { name: 'group without inline policies', resource: liveResource('aws.iam.group', 'g1', { inlinePolicies: {} }) },
  ],
  notApplicable: [{ name: 'AWS managed policy', resource: liveResource('aws.iam.policy', 'p3', { awsManaged: true, document: doc('*') }) }],
  unknown: [
    { name: 'policy document denied', resource: liveResource('aws.iam.policy', 'p4', { awsManaged: false, document: unknownAttr('iam:GetPolicyVersion') }), cause: 'iam:GetPolicyVersion' },
    { name: 'unresolved actions', resource: iacResource('aws.iam.role', 'r2', { inlinePolicies: { a: { Statement: [{ Effect: 'Allow', Action: marker, Resource: '*' }] } } }), cause: 'var.actions' },
  ],
});
