import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-customer-key.js';

const T = 'aws.msk.cluster';

testRule(rule, {
  fail: [{ name: 'no key', resource: iacResource(T, 'tf', {}), message: 'aws/kafka' }, { name: 'AWS managed alias', resource: liveResource(T, 'c1', { dataVolumeKmsKeyId: 'alias/aws/kafka' }) }],
  pass: [{ name: 'customer key', resource: liveResource(T, 'c2', { dataVolumeKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k8' }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c3', { dataVolumeKmsKeyId: unknownAttr('kafka:DescribeClusterV2') }), cause: 'kafka:DescribeClusterV2' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { dataVolumeKmsKeyId: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
});
