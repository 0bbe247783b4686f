import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-kms-encryption',
    title: 'CloudTrail logs are encrypted with a KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that the trail names a KMS key (SSE-KMS) for its log files. Without it the files get only the S3-managed ' +
      'encryption of the bucket, and anyone allowed to read the bucket can read the logs.',
    risk: 'Trail logs describe the whole account: users, roles, resource names and network addresses. With SSE-KMS, reading them also needs kms:Decrypt on a key you control, and each use of the key is itself logged.',
    remediation: {
      text: 'Create a customer managed key whose policy lets CloudTrail encrypt and your log readers decrypt, and set it on the trail.',
      cli: 'aws cloudtrail update-trail --name TRAIL_NAME --kms-key-id alias/cloudtrail',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  kms_key_id = aws_kms_key.cloudtrail.arn\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    KMSKeyId: !Ref CloudTrailKey',
      console: 'CloudTrail > Trails > trail > General details > Edit > Log file SSE-KMS encryption: Enabled > choose the key > Save changes',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = ctx.string('kmsKeyId');
    if (key) return ctx.pass(`Log files are encrypted with KMS key ${key}`, 'kmsKeyId');
    return ctx.fail('The trail does not encrypt its log files with a KMS key', 'kmsKeyId');
  },
});
