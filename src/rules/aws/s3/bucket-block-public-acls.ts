import { defineRule } from '../../../core/index.js';
import { flagState } from './public-access-helpers.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-block-public-acls',
    title: 'S3 buckets block new public ACLs',
    severity: 'high',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that BlockPublicAcls applies to the bucket, at bucket level or (for live accounts) at account level. With it on, S3 rejects any request that would add a public ACL to the bucket or its objects. ' +
      'Infrastructure code is judged on the bucket-level setting, since the target account is not known.',
    risk: 'Without it, one PutObjectAcl or PutBucketAcl call with public-read (from a script, a tool default or a mistake) exposes data to the internet.',
    remediation: {
      text: 'Turn on BlockPublicAcls for the bucket, or for the whole account when no bucket there should be public. Serve public content through CloudFront with origin access control instead.',
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
    const s = flagState(ctx, 'blockPublicAcls');
    if (s.on) return ctx.pass(`BlockPublicAcls is on at ${s.level} level`, s.path);
    const where = s.level === 'account' ? 'off for the bucket and for the account' : 'off for the bucket';
    return ctx.fail(`BlockPublicAcls is ${where}: public ACLs can still be added`, s.path);
  },
});
