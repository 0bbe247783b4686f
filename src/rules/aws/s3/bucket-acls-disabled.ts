import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-acls-disabled',
    title: 'S3 buckets disable ACLs with the bucket owner enforced setting',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that Object Ownership is set to BucketOwnerEnforced, which turns off access control lists for the bucket and its objects so that access is governed by policies alone.',
    risk:
      'With ACLs active, any principal allowed to write objects can attach a public or cross-account ACL to them, and access is spread across per-object grants that policy reviews do not see.',
    remediation: {
      text: 'Review existing ACL grants (replace any that are needed with bucket policy statements), then set Object Ownership to bucket owner enforced.',
      cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
      terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      cloudformation: 'Type: AWS::S3::Bucket\nProperties:\n  OwnershipControls:\n    Rules:\n      - ObjectOwnership: BucketOwnerEnforced',
      console: 'S3 > Buckets > bucket > Permissions > Object Ownership > Edit > ACLs disabled (recommended) > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const ownership = ctx.string('ownershipControls');
    if (ownership === 'BucketOwnerEnforced') return ctx.pass('ACLs are disabled (bucket owner enforced)', 'ownershipControls');
    return ctx.fail(`ACLs are still in effect (object ownership ${ownership ?? 'not set'})`, 'ownershipControls');
  },
});
