import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-customer-key.js';

const T = 'aws.rds.cluster';

testRule(rule, {
  fail: [
    { name: 'unencrypted', resource: liveResource(T, 'c1', { storageEncrypted: false, kmsKeyId: null }), message: 'not encrypted' },
    { name: 'AWS managed key', resource: liveResource(T, 'c2', { storageEncrypted: true, kmsKeyId: 'alias/aws/rds' }), message: 'AWS managed' },
    { name: 'IaC encrypted without a key', resource: iacResource(T, 'tf', { storageEncrypted: true }), message: 'aws/rds' },
    { name: 'IaC nothing set', resource: iacResource(T, 'tf2', {}) },
  ],
  pass: [
    { name: 'customer key', resource: liveResource(T, 'c3', { storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abcd' }) },
    { name: 'IaC key without the flag', resource: iacResource(T, 'tf3', { kmsKeyId: 'aws_kms_key.docdb.arn' }) },
  ],
  unknown: [
    { name: 'key unreadable', resource: liveResource(T, 'c4', { storageEncrypted: true, kmsKeyId: unknownAttr('rds:DescribeDBClusters') }), cause: 'rds:DescribeDBClusters' },
    { name: 'not collected', resource: liveResource(T, 'c5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf4', { kmsKeyId: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
