import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-sns-topic-customer-key',
    title: 'SNS topics are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'sns',
    resourceTypes: ['aws.sns.topic'],
    description:
      'Checks that the topic is encrypted with a customer managed KMS key rather than the AWS managed key aws/sns, or not at all.',
    risk:
      'The AWS managed key can be used by anyone in the account with SNS access, cannot be shared with other accounts and cannot be used by services such as EventBridge or CloudWatch alarms to publish to an encrypted topic.',
    remediation: {
      text: 'Create a customer managed key whose policy allows the publishers and subscribers of the topic, and set it on the topic.',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value KEY_ARN',
      terraform: 'resource "aws_sns_topic" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.sns.arn\n}',
      cloudformation: 'Type: AWS::SNS::Topic\nProperties:\n  KmsMasterKeyId: !GetAtt TopicKey.Arn',
      console: 'SNS > Topics > topic > Edit > Encryption > AWS KMS key: choose your customer managed key > Save changes',
    },
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = judgeKey(ctx, 'kmsMasterKeyId');
    if (key.kind === 'none') return ctx.fail('The topic is not encrypted with any KMS key', 'kmsMasterKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`Messages are encrypted with the AWS managed key ${key.key}, whose policy cannot be restricted`, 'kmsMasterKeyId');
    return ctx.pass(`Messages are encrypted with customer managed key ${key.key}`, 'kmsMasterKeyId');
  },
});
