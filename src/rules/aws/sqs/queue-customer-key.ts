import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-sqs-queue-customer-key',
    title: 'SQS queues are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'sqs',
    resourceTypes: ['aws.sqs.queue'],
    description:
      'Checks that the queue is encrypted with a customer managed KMS key, rather than SQS managed keys, the AWS managed key aws/sqs, or nothing.',
    risk:
      'With SQS managed or AWS managed keys, access to the messages cannot be limited or audited through a key policy, and other accounts or AWS services publishing to the queue cannot be granted the key.',
    remediation: {
      text: 'Create a customer managed key whose policy allows the producers and consumers of the queue, and set it on the queue.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes KmsMasterKeyId=KEY_ARN',
      terraform: 'resource "aws_sqs_queue" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.sqs.arn\n}',
      cloudformation: 'Type: AWS::SQS::Queue\nProperties:\n  KmsMasterKeyId: !GetAtt QueueKey.Arn',
      console: 'SQS > Queues > queue > Edit > Encryption > Encryption key type: SSE-KMS > choose your customer managed key > Save',
    },
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = judgeKey(ctx, 'kmsMasterKeyId');
    if (key.kind === 'none') return ctx.fail('The queue is not encrypted with a KMS key (at most SQS managed keys)', 'kmsMasterKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`Messages are encrypted with the AWS managed key ${key.key}, whose policy cannot be restricted`, 'kmsMasterKeyId');
    return ctx.pass(`Messages are encrypted with customer managed key ${key.key}`, 'kmsMasterKeyId');
  },
});
