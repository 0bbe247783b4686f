import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-kinesis-stream-encrypted',
    title: 'Kinesis data streams encrypt records at rest',
    severity: 'medium',
    provider: 'aws',
    service: 'kinesis',
    resourceTypes: ['aws.kinesis.stream'],
    description:
      'Checks that server-side encryption with a KMS key is turned on for the data stream, so records are encrypted before they are written to the stream storage.',
    risk:
      'Records in an unencrypted stream, often application events, clickstreams or change data from databases, are stored in clear text for the whole retention period.',
    remediation: {
      text: 'Start server-side encryption on the stream with the AWS managed key aws/kinesis or a customer managed key; producers and consumers need kms:GenerateDataKey and kms:Decrypt for a customer key.',
      cli: 'aws kinesis start-stream-encryption --stream-name STREAM --encryption-type KMS --key-id alias/aws/kinesis',
      terraform: 'resource "aws_kinesis_stream" "this" {\n  # ...\n  encryption_type = "KMS"\n  kms_key_id      = aws_kms_key.stream.arn\n}',
      cloudformation: 'Type: AWS::Kinesis::Stream\nProperties:\n  StreamEncryption:\n    EncryptionType: KMS\n    KeyId: !Ref StreamKey',
      console: 'Kinesis > Data streams > stream > Configuration > Encryption > Edit > Enable server-side encryption > Save changes',
    },
    references: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.string('encryptionType') === 'KMS') {
      const key = ctx.string('keyId');
      return ctx.pass(`Records are encrypted at rest${key ? ` with ${key}` : ''}`, 'encryptionType');
    }
    return ctx.fail('Records are stored unencrypted: server-side encryption is off', 'encryptionType');
  },
});
