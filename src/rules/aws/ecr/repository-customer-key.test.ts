import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './repository-customer-key.js';

const T = 'aws.ecr.repository';

testRule(rule, {
  fail: [
    { name: 'default AES256', resource: iacResource(T, 'tf', {}), message: 'AES-256' },
    { name: 'KMS without a key', resource: iacResource(T, 'tf2', { encryptionType: 'KMS' }), message: 'aws/ecr' },
  ],
  pass: [{ name: 'customer key', resource: liveResource(T, 'r1', { encryptionType: 'KMS', kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/k3' }) }],
  unknown: [
    { name: 'DescribeRepositories denied', resource: liveResource(T, 'r2', { encryptionType: unknownAttr('ecr:DescribeRepositories') }), cause: 'ecr:DescribeRepositories' },
    { name: 'not collected', resource: liveResource(T, 'r3', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { encryptionType: 'KMS', kmsKey: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
