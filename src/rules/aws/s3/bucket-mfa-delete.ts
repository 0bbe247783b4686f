import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-mfa-delete',
    title: 'S3 buckets require MFA to delete object versions',
    severity: 'low',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      "Checks that MFA delete is enabled on the bucket's versioning configuration, so that permanently deleting an object version or changing the versioning state needs the root user's MFA code.",
    risk:
      'Without MFA delete, stolen credentials with delete permissions are enough to destroy every version of the data, defeating versioning as a recovery mechanism against ransomware or sabotage.',
    remediation: {
      text: "Enable versioning with MFA delete. Only the bucket owner's root user, signing in with its MFA device, can change this setting, through the CLI or API; Object Lock is an alternative that can be managed by IAM users.",
      cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456"',
      terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
      console: 'Not available in the console: run the CLI command as the root user with its MFA device',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('versioning.mfaDelete')) return ctx.pass('MFA delete is enabled', 'versioning.mfaDelete');
    return ctx.fail('MFA delete is not enabled: object versions can be deleted without an MFA code', 'versioning.mfaDelete');
  },
});
