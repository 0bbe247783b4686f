import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './policy-no-passrole-wildcard.js';

const doc = (Action: string | string[], Resource: string | string[] = '*') => ({ Statement: [{ Effect: 'Allow', Action, Resource }] });

testRule(rule, {
  fail: [
    { name: 'PassRole on *', resource: liveResource('aws.iam.policy', 'p1', { awsManaged: false, document: doc('iam:PassRole') }), message: 'passing any role' },
    { name: 'iam:* on * in an inline role policy', resource: iacResource('aws.iam.role', 'r1', { inlinePolicies: { iam: doc('iam:*') } }), message: 'Inline policy iam' },
  ],
  pass: [
    { name: 'PassRole on one role', resource: liveResource('aws.iam.policy', 'p2', { awsManaged: false, document: doc('iam:PassRole', 'arn:aws:iam::123456789012:role/app') }) },
    { name: 'no PassRole at all', resource: iacResource('aws.iam.user', 'u1', { inlinePolicies: { logs: doc('logs:*') } }) },
  ],
  notApplicable: [{ name: 'AWS managed policy', resource: liveResource('aws.iam.policy', 'p3', { awsManaged: true, document: doc('iam:PassRole') }) }],
  unknown: [
    { name: 'inline policies denied', resource: liveResource('aws.iam.group', 'g1', { inlinePolicies: unknownAttr('iam:ListGroupPolicies') }), cause: 'iam:ListGroupPolicies' },
    { name: 'document not JSON', resource: iacResource('aws.iam.policy', 'p4', { document: '{"Statement": [' }), cause: 'not valid JSON' },
  ],
});
