import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-no-direct-policies.js';
import { USER } from './user-test-helpers.js';

const doc = { Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] };

testRule(rule, {
  fail: [
    { name: 'managed policy attached to the user', resource: liveResource(USER, 'u1', { attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], inlinePolicies: {} }), message: 'attached directly' },
    { name: 'IaC inline user policy', resource: iacResource(USER, 'u2', { inlinePolicies: { ec2: doc } }, { attributeLines: { 'inlinePolicies.ec2': { file: 'main.tf', line: 9 } } }), message: 'inline policy ec2', line: 9 },
  ],
  pass: [
    { name: 'live user with group permissions only', resource: liveResource(USER, 'u3', { attachedPolicyArns: [], inlinePolicies: {}, groups: ['devs'] }) },
    { name: 'IaC user without policies', resource: iacResource(USER, 'u4', {}) },
  ],
  unknown: [
    { name: 'ListAttachedUserPolicies denied', resource: liveResource(USER, 'u5', { attachedPolicyArns: unknownAttr('iam:ListAttachedUserPolicies'), inlinePolicies: {} }), cause: 'iam:ListAttachedUserPolicies' },
    { name: 'IaC inline policies unresolved', resource: iacResource(USER, 'u6', { inlinePolicies: unresolvedAttr('var.policies') }), cause: 'var.policies' },
  ],
});
