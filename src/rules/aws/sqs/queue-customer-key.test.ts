import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './queue-customer-key.js';

const T = 'aws.sqs.queue';

testRule(rule, {
  fail: [
    { name: 'no key', resource: iacResource(T, 'tf', {}) },
    { name: 'AWS managed alias', resource: liveResource(T, 'r1', { kmsMasterKeyId: 'alias/aws/x' }), message: 'AWS managed' },
    { name: 'scanned key managed by AWS', resource: liveResource(T, 'r2', { kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1' }), others: [liveResource('aws.kms.key', 'k1', { keyManager: 'AWS' }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/k1' })] },
  ],
  pass: [
    { name: 'customer key by ARN', resource: liveResource(T, 'r3', { kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k2' }), message: 'k2' },
    { name: 'IaC reference to a key resource', resource: iacResource(T, 'tf2', { kmsMasterKeyId: 'aws_kms_key.k.arn' }) },
  ],
  unknown: [
    { name: 'key unreadable', resource: liveResource(T, 'r4', { kmsMasterKeyId: unknownAttr('sqs:GetQueueAttributes') }), cause: 'sqs:GetQueueAttributes' },
    { name: 'not collected', resource: liveResource(T, 'r5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { kmsMasterKeyId: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
