import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './key-policy-cross-account.js';

const K = 'aws.kms.key';
const policy = (Principal: JsonValue, Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Principal, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [{ name: 'grant to another account', resource: liveResource(K, 'k1', { keyManager: 'CUSTOMER', policy: policy({ AWS: 'arn:aws:iam::444455556666:role/reader' }) }), message: '444455556666' }],
  pass: [
    { name: 'own account', resource: liveResource(K, 'k2', { keyManager: 'CUSTOMER', policy: policy({ AWS: 'arn:aws:iam::123456789012:root' }) }) },
    { name: 'other account within the organisation', resource: liveResource(K, 'k3', { keyManager: 'CUSTOMER', policy: policy({ AWS: '444455556666' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }) }) },
  ],
  notApplicable: [
    { name: 'IaC key', resource: iacResource(K, 'k4', { policy: policy({ AWS: '444455556666' }) }) },
    { name: 'AWS managed key', resource: liveResource(K, 'k5', { keyManager: 'AWS', policy: policy({ AWS: '444455556666' }) }) },
  ],
  unknown: [{ name: 'GetKeyPolicy denied', resource: liveResource(K, 'k6', { keyManager: 'CUSTOMER', policy: unknownAttr('kms:GetKeyPolicy') }), cause: 'kms:GetKeyPolicy' }],
});
