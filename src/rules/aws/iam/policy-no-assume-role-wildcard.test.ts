import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './policy-no-assume-role-wildcard.js';

const doc = (Action: string | string[], Resource: string | string[] = '*') => ({ Statement: [{ Effect: 'Allow', Action, Resource }] });

testRule(rule, {
  fail: [
    { name: 'sts:AssumeRole on *', resource: liveResource('aws.iam.policy', 'p1', { awsManaged: false, document: doc('sts:AssumeRole') }), message: 'assuming any role' },
    { name: 'sts:* in an inline user policy', resource: iacResource('aws.iam.user', 'u1', { inlinePolicies: { sts: doc('sts:*') } }) },
  ],
  pass: [
    { name: 'one role', resource: liveResource('aws.iam.policy', 'p2', { awsManaged: false, document: doc('sts:AssumeRole', 'arn:aws:iam::123456789012:role/deploy') }) },
    { name: 'no STS at all', resource: iacResource('aws.iam.role', 'r1', { inlinePolicies: { s3: doc('s3:GetObject') } }) },
  ],
  notApplicable: [{ name: 'AWS managed policy', resource: liveResource('aws.iam.policy', 'p3', { awsManaged: true, document: doc('sts:AssumeRole') }) }],
  unknown: [{ name: 'inline policies denied', resource: liveResource('aws.iam.role', 'r2', { inlinePolicies: unknownAttr('iam:ListRolePolicies') }), cause: 'iam:ListRolePolicies' }],
});
