import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-sqs-queue-encrypted',
    title: 'SQS queues encrypt messages at rest',
    severity: 'medium',
    provider: 'aws',
    service: 'sqs',
    resourceTypes: ['aws.sqs.queue'],
    description:
      'Checks that the queue encrypts stored messages, either with SQS managed keys (SSE-SQS, the default for new queues) or with a KMS key (SSE-KMS). It fails only when both are off.',
    risk:
      'Messages in an unencrypted queue sit in clear text for as long as they wait, up to 14 days, including whatever payloads the producers put in them.',
    remediation: {
      text: 'Turn SSE-SQS back on, or set a KMS key on the queue.',
      cli: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true',
      terraform: 'resource "aws_sqs_queue" "this" {\n  # ...\n  sqs_managed_sse_enabled = true\n}',
      cloudformation: 'Type: AWS::SQS::Queue\nProperties:\n  SqsManagedSseEnabled: true',
      console: 'SQS > Queues > queue > Edit > Encryption > Server-side encryption: Enabled > Save',
    },
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = ctx.string('kmsMasterKeyId');
    if (key !== undefined && key.trim() !== '') return ctx.pass(`Messages are encrypted with KMS key ${key}`, 'kmsMasterKeyId');
    if (ctx.bool('sqsManagedSseEnabled')) return ctx.pass('Messages are encrypted with SQS managed keys (SSE-SQS)', 'sqsManagedSseEnabled');
    return ctx.fail('The queue stores messages unencrypted: SSE-SQS is off and no KMS key is set', 'sqsManagedSseEnabled');
  },
});
