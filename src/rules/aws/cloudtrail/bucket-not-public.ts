import { defineRule } from '../../../core/index.js';
import { bucketPublicReason, trailBucket } from './bucket.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-bucket-not-public',
    title: 'The S3 bucket receiving CloudTrail logs is not public',
    severity: 'critical',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      "Finds the trail's log bucket and checks that neither its ACL (public-read, public-read-write, authenticated-read or grants " +
      'to AllUsers / AuthenticatedUsers) nor its bucket policy (an Allow for any principal without a condition) opens it, taking ' +
      'bucket- and account-level Block Public Access into account.',
    risk: 'Public trail logs hand an outsider a map of the account: every user, role, bucket, instance and IP address, and the security tooling in place. Writable logs can also be falsified.',
    remediation: {
      text: 'Remove public grants and public policy statements from the log bucket and turn on S3 Block Public Access for it.',
      cli: 'aws s3api put-public-access-block --bucket LOG_BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'resource "aws_s3_bucket_public_access_block" "trail_logs" {\n  bucket                  = aws_s3_bucket.trail_logs.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      cloudformation: 'TrailBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true',
      console: 'S3 > log bucket > Permissions > Block public access > Edit > Block all public access > Save; then remove public ACL grants and policy statements',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const bucket = trailBucket(ctx);
    const reason = bucketPublicReason(ctx, bucket);
    if (reason) return ctx.fail(`Log bucket ${bucket.name} is public: ${reason}`, 's3BucketName');
    return ctx.pass(`Log bucket ${bucket.name} is not public`, 's3BucketName');
  },
});
