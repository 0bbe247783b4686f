import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';
import { logDestinationReason } from './log-destination.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-customer-key',
    title: 'S3 buckets encrypt by default with a customer managed KMS key',
    severity: 'low',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that the default encryption of the bucket is SSE-KMS (or DSSE-KMS) with a customer managed key. Buckets that receive S3 server access logs are exempt, since log delivery only works with SSE-S3.',
    risk:
      'With SSE-S3 or the AWS managed key aws/s3, anyone granted s3:GetObject can read the data; a customer managed key adds a second, separately audited permission and a way to cut off access to all objects at once.',
    remediation: {
      text: 'Set default encryption to SSE-KMS with a customer managed key and turn on S3 Bucket Keys to limit KMS costs; re-encrypt existing objects with S3 Batch Operations if they need the key too.',
      cli: "aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration '{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"KEY_ARN\"},\"BucketKeyEnabled\":true}]}'",
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.s3.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  BucketEncryption:\n    ServerSideEncryptionConfiguration:\n      - ServerSideEncryptionByDefault:\n          SSEAlgorithm: aws:kms\n          KMSMasterKeyID: !GetAtt BucketKey.Arn\n        BucketKeyEnabled: true',
      console: 'S3 > Buckets > bucket > Properties > Default encryption > Edit > SSE-KMS > Choose from your AWS KMS keys > Bucket Key: Enable > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const type = ctx.string('encryption.type');
    if (type !== 'aws:kms' && type !== 'aws:kms:dsse') {
      const exempt = logDestinationReason(ctx);
      if (exempt) return ctx.notApplicable(`The bucket receives server access logs (${exempt}), which require SSE-S3`);
      return ctx.fail(`Default encryption is ${type ?? 'SSE-S3'}, not a KMS key you manage`, 'encryption.type');
    }
    const key = judgeKey(ctx, 'encryption.kmsKeyId');
    if (key.kind === 'none') return ctx.fail('Default encryption uses the AWS managed key aws/s3', 'encryption.kmsKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`Default encryption uses the AWS managed key ${key.key}`, 'encryption.kmsKeyId');
    return ctx.pass(`Default encryption uses customer managed key ${key.key}`, 'encryption.kmsKeyId');
  },
});
