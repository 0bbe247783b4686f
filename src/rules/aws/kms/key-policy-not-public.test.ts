import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './key-policy-not-public.js';

const K = 'aws.kms.key';
const policy = (Principal: JsonValue, Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Principal, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [
    { name: 'live key open to everyone', resource: liveResource(K, 'k1', { policy: policy('*') }), message: 'open to everyone' },
    { name: 'IaC key open to AWS "*"', resource: iacResource(K, 'k2', { policy: policy({ AWS: '*' }) }) },
  ],
  pass: [
    { name: 'account root only', resource: liveResource(K, 'k3', { policy: policy({ AWS: 'arn:aws:iam::123456789012:root' }) }) },
    { name: '"*" limited to the caller account', resource: liveResource(K, 'k4', { policy: policy('*', { StringEquals: { 'kms:CallerAccount': '123456789012' } }) }), message: 'limited' },
    { name: 'IaC key with the default policy', resource: iacResource(K, 'k5', {}), message: 'default policy' },
  ],
  unknown: [
    { name: 'GetKeyPolicy denied', resource: liveResource(K, 'k6', { policy: unknownAttr('kms:GetKeyPolicy') }), cause: 'kms:GetKeyPolicy' },
    { name: 'policy from a data source', resource: iacResource(K, 'k7', { policy: unresolvedAttr('data.aws_iam_policy_document.key.json') }), cause: 'data.aws_iam_policy_document.key.json' },
  ],
});
