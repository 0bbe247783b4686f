import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './secrets-encryption.js';

const T = 'aws.eks.cluster';

testRule(rule, {
  fail: [
    { name: 'no encryption config', resource: iacResource(T, 'tf', {}) },
    { name: 'config without a key', resource: iacResource(T, 'tf2', { encryptionConfig: [{ resources: ['secrets'] }] }) },
  ],
  pass: [{ name: 'secrets with a key', resource: liveResource(T, 'c1', { encryptionConfig: [{ resources: ['secrets'], keyArn: 'arn:aws:kms:us-east-1:123456789012:key/k5' }] }), message: 'k5' }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c2', { encryptionConfig: unknownAttr('eks:DescribeCluster') }), cause: 'eks:DescribeCluster' },
    { name: 'not collected', resource: liveResource(T, 'c3', {}), cause: 'not collected' },
    { name: 'IaC key from a variable', resource: iacResource(T, 'tf3', { encryptionConfig: [{ resources: ['secrets'], keyArn: { $unknown: { kind: 'unresolved', expression: 'var.key', message: 'var.key is unknown' } } }] }), cause: 'var.key' },
  ],
});
