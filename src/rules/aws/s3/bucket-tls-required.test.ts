import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-tls-required.js';

const B = 'aws.s3.bucket';
const tlsDeny: JsonValue = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const read: JsonValue = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };

testRule(rule, {
  fail: [
    { name: 'policy without the TLS deny', resource: liveResource(B, 'b1', { policy: { Statement: [read] } }), message: 'does not deny' },
    { name: 'IaC bucket without a policy', resource: iacResource(B, 'b2', {}), message: 'no policy' },
    { name: 'TLS deny limited to one action', resource: iacResource(B, 'b3', { policy: { Statement: [{ ...(tlsDeny as object), Action: 's3:GetObject' }] } }) },
  ],
  pass: [
    { name: 'policy with the TLS deny', resource: liveResource(B, 'b4', { policy: { Statement: [read, tlsDeny] } }) },
    { name: 'IaC policy as JSON text', resource: iacResource(B, 'b5', { policy: JSON.stringify({ Statement: tlsDeny }) }) },
  ],
  unknown: [
    { name: 'GetBucketPolicy denied', resource: liveResource(B, 'b6', { policy: unknownAttr('s3:GetBucketPolicy') }), cause: 's3:GetBucketPolicy' },
    { name: 'policy from a variable', resource: iacResource(B, 'b7', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
