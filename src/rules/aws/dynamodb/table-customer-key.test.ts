import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './table-customer-key.js';

const T = 'aws.dynamodb.table';

testRule(rule, {
  fail: [
    { name: 'AWS owned key by default', resource: iacResource(T, 'tf', {}), message: 'AWS owned' },
    { name: 'KMS without a key', resource: liveResource(T, 't1', { sseType: 'KMS', kmsMasterKeyArn: null }), message: 'aws/dynamodb' },
    { name: 'AWS managed alias', resource: iacResource(T, 'tf2', { sseType: 'KMS', kmsMasterKeyArn: 'alias/aws/dynamodb' }) },
  ],
  pass: [{ name: 'customer key', resource: liveResource(T, 't2', { sseType: 'KMS', kmsMasterKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k9' }) }],
  unknown: [
    { name: 'DescribeTable denied', resource: liveResource(T, 't3', { sseType: unknownAttr('dynamodb:DescribeTable') }), cause: 'dynamodb:DescribeTable' },
    { name: 'not collected', resource: liveResource(T, 't4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { sseType: 'KMS', kmsMasterKeyArn: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
