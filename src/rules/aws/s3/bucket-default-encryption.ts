import { defineRule } from '../../../core/index.js';

const ALGORITHMS: Record<string, string> = {
  AES256: 'SSE-S3 (AES256)',
  'aws:kms': 'SSE-KMS',
  'aws:kms:dsse': 'DSSE-KMS',
};

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-default-encryption',
    title: 'S3 buckets encrypt new objects by default',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that the bucket has a default server-side encryption setting. A bucket with no setting of its own passes: since ' +
      'January 2023 S3 applies SSE-S3 (AES256) to every new object in every bucket, which the resource model records as the ' +
      'default, so only a configuration that is explicitly reported as disabled fails. Choosing SSE-KMS over SSE-S3 is a ' +
      'separate question this rule does not ask.',
    risk:
      'Objects written without server-side encryption sit in plain form on AWS storage, which breaks most data-protection ' +
      'commitments and leaves nothing to revoke if the storage or a backup of it is exposed.',
    remediation: {
      text: 'Configure default encryption on the bucket: SSE-S3 as a minimum, or SSE-KMS with a customer managed key when you need key-level access control and audit.',
      cli: 'aws s3api put-bucket-encryption --bucket BUCKET \\\n  --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      terraform:
        'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.this.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cloudformation:
        'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !Ref Key\n      BucketKeyEnabled: true',
      console: 'S3 > bucket > Properties > Default encryption > Edit > choose SSE-S3 or SSE-KMS > Save changes',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('encryption.enabled')) {
      return ctx.fail('Default encryption is reported as disabled: new objects are not encrypted unless each request asks for it', 'encryption.enabled');
    }
    const type = ctx.string('encryption.type') ?? 'AES256';
    const algorithm = ALGORITHMS[type] ?? type;
    if (!ctx.isSet('encryption')) {
      return ctx.pass(`No default encryption is configured, so the S3 default applies: new objects are encrypted with ${algorithm}`);
    }
    const key = type.startsWith('aws:kms') ? ctx.string('encryption.kmsKeyId') : undefined;
    return ctx.pass(`Default encryption is ${algorithm}${key ? ` with key ${key}` : ''}`, 'encryption');
  },
});
