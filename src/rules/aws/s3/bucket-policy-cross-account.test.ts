import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-policy-cross-account.js';

const B = 'aws.s3.bucket';
const stmt = (Principal: JsonValue, Condition?: JsonValue): JsonValue => ({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Principal, ...(Condition ? { Condition } : {}) }] });

testRule(rule, {
  fail: [{ name: 'grant to another account', resource: liveResource(B, 'b1', { policy: stmt({ AWS: 'arn:aws:iam::444455556666:root' }) }), message: '444455556666' }],
  pass: [
    { name: 'grant to another account in the organisation', resource: liveResource(B, 'b2', { policy: stmt({ AWS: '444455556666' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }) }), message: 'organisation' },
    { name: 'own account', resource: liveResource(B, 'b3', { policy: stmt({ AWS: 'arn:aws:iam::123456789012:role/app' }) }) },
    { name: 'no policy', resource: liveResource(B, 'b4', { policy: null }) },
  ],
  notApplicable: [{ name: 'IaC bucket', resource: iacResource(B, 'b5', { policy: stmt({ AWS: '444455556666' }) }) }],
  unknown: [{ name: 'GetBucketPolicy denied', resource: liveResource(B, 'b6', { policy: unknownAttr('s3:GetBucketPolicy') }), cause: 's3:GetBucketPolicy' }],
});
