import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './queue-encrypted.js';

const T = 'aws.sqs.queue';

testRule(rule, {
  fail: [
    { name: 'both off', resource: liveResource(T, 'q1', { kmsMasterKeyId: null, sqsManagedSseEnabled: false }), message: 'unencrypted' },
    { name: 'IaC turns SSE-SQS off', resource: iacResource(T, 'tf', { sqsManagedSseEnabled: false }, { location: { file: 'q.tf', line: 1 }, attributeLines: { sqsManagedSseEnabled: { file: 'q.tf', line: 3 } } }), line: 3 },
  ],
  pass: [
    { name: 'SSE-SQS', resource: liveResource(T, 'q2', { kmsMasterKeyId: null, sqsManagedSseEnabled: true }), message: 'SSE-SQS' },
    { name: 'KMS key', resource: liveResource(T, 'q3', { kmsMasterKeyId: 'alias/aws/sqs' }), message: 'alias/aws/sqs' },
    { name: 'IaC default', resource: iacResource(T, 'tf2', {}) },
  ],
  unknown: [
    { name: 'GetQueueAttributes denied', resource: liveResource(T, 'q4', { kmsMasterKeyId: unknownAttr('sqs:GetQueueAttributes') }), cause: 'sqs:GetQueueAttributes' },
    { name: 'SSE flag not collected', resource: liveResource(T, 'q5', { kmsMasterKeyId: null }), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { sqsManagedSseEnabled: unresolvedAttr('var.sse') }), cause: 'var.sse' },
  ],
});
