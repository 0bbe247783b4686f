import { defineRule } from '../../../core/index.js';
import { flagState } from './public-access-helpers.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-block-public-policy',
    title: 'S3 buckets reject public bucket policies',
    severity: 'high',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that BlockPublicPolicy applies to the bucket, at bucket level or (for live accounts) at account level. With it on, S3 refuses a bucket policy that would grant public access. ' +
      'Infrastructure code is judged on the bucket-level setting, since the target account is not known.',
    risk: 'Without it, a policy with Principal "*" can be saved by anyone allowed to edit the bucket policy, making the bucket public in one call.',
    remediation: {
      text: 'Turn on BlockPublicPolicy for the bucket, or for the whole account when no bucket there should be public. Serve public content through CloudFront with origin access control instead.',
      cli: 'aws s3api put-public-access-block --bucket BUCKET \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      cloudformation: 'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
      console: 'S3 > bucket > Permissions > Block public access (bucket settings) > Edit > tick the setting > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html', 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PublicAccessBlockConfiguration.html'],
    sources: ['live', 'iac'],
    tags: ['public-access'],
  },
  check(ctx) {
    const s = flagState(ctx, 'blockPublicPolicy');
    if (s.on) return ctx.pass(`BlockPublicPolicy is on at ${s.level} level`, s.path);
    const where = s.level === 'account' ? 'off for the bucket and for the account' : 'off for the bucket';
    return ctx.fail(`BlockPublicPolicy is ${where}: a public bucket policy can be saved`, s.path);
  },
});
