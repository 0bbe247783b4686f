import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './stream-encrypted.js';

const T = 'aws.kinesis.stream';

testRule(rule, {
  fail: [
    { name: 'NONE', resource: liveResource(T, 's1', { encryptionType: 'NONE' }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'KMS', resource: liveResource(T, 's2', { encryptionType: 'KMS', keyId: 'alias/aws/kinesis' }), message: 'alias/aws/kinesis' }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 's3', { encryptionType: unknownAttr('kinesis:DescribeStreamSummary') }), cause: 'kinesis:DescribeStreamSummary' },
    { name: 'not collected', resource: liveResource(T, 's4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { encryptionType: unresolvedAttr('var.enc') }), cause: 'var.enc' },
  ],
});
