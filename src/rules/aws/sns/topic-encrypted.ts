import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-sns-topic-encrypted',
    title: 'SNS topics encrypt messages at rest',
    severity: 'medium',
    provider: 'aws',
    service: 'sns',
    resourceTypes: ['aws.sns.topic'],
    description:
      'Checks that server-side encryption with a KMS key is configured for the topic, so that messages are encrypted while SNS stores them for delivery.',
    risk:
      'Notifications often carry order details, alerts with host names or personal data; without encryption they are stored in clear text and no key policy stands between them and a reader.',
    remediation: {
      text: 'Set a KMS key on the topic (a customer managed key lets you control who may publish and read); grant the publishing services kms:GenerateDataKey and kms:Decrypt in the key policy.',
      cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId --attribute-value alias/sns-key',
      terraform: 'resource "aws_sns_topic" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.sns.arn\n}',
      cloudformation: 'Type: AWS::SNS::Topic\nProperties:\n  KmsMasterKeyId: !Ref TopicKey',
      console: 'SNS > Topics > topic > Edit > Encryption > Enable encryption > choose a key > Save changes',
    },
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = ctx.string('kmsMasterKeyId');
    if (key === undefined || key.trim() === '') return ctx.fail('The topic stores messages unencrypted: no KMS key is set', 'kmsMasterKeyId');
    return ctx.pass(`Messages are encrypted with ${key}`, 'kmsMasterKeyId');
  },
});
