import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './policy-no-service-wildcard.js';

const doc = (Action: string | string[], Resource: string | string[] = '*') => ({ Statement: [{ Effect: 'Allow', Action, Resource }] });

testRule(rule, {
  fail: [
    { name: 's3:* on *', resource: iacResource('aws.iam.policy', 'p1', { document: doc('s3:*') }), message: 's3:*' },
    { name: 'kms:* in an inline role policy', resource: liveResource('aws.iam.role', 'r1', { inlinePolicies: { keys: doc(['kms:*', 's3:GetObject']) } }), message: 'kms:*' },
  ],
  pass: [
    { name: 's3:* on one bucket', resource: iacResource('aws.iam.policy', 'p2', { document: doc('s3:*', ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']) }) },
    { name: 'named actions on *', resource: liveResource('aws.iam.policy', 'p3', { awsManaged: false, document: doc(['s3:GetObject', 's3:PutObject']) }) },
  ],
  notApplicable: [{ name: 'AWS managed policy', resource: liveResource('aws.iam.policy', 'p4', { awsManaged: true, document: doc('s3:*') }) }],
  unknown: [{ name: 'policy document denied', resource: liveResource('aws.iam.policy', 'p5', { awsManaged: false, document: unknownAttr('iam:GetPolicyVersion') }), cause: 'iam:GetPolicyVersion' }],
});
