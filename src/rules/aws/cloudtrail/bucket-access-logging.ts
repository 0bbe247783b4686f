import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';
import { bucketAttr, trailBucket } from './bucket.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-bucket-access-logging',
    title: 'The S3 bucket receiving CloudTrail logs has server access logging',
    severity: 'low',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      "Finds the trail's log bucket and checks that S3 server access logging is on for it, so every read and delete of trail logs is " +
      'itself recorded (in another bucket).',
    risk: 'Without access logs on the log bucket nobody can tell who read the audit trail or removed parts of it, which matters most during an incident.',
    remediation: {
      text: 'Enable server access logging on the log bucket, delivering to a separate bucket with restricted access.',
      cli: 'aws s3api put-bucket-logging --bucket LOG_BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"ACCESS_LOG_BUCKET","TargetPrefix":"cloudtrail/"}}\'',
      terraform: 'resource "aws_s3_bucket_logging" "trail_logs" {\n  bucket        = aws_s3_bucket.trail_logs.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "cloudtrail/"\n}',
      cloudformation: 'TrailBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    LoggingConfiguration:\n      DestinationBucketName: !Ref AccessLogBucket\n      LogFilePrefix: cloudtrail/',
      console: 'S3 > log bucket > Properties > Server access logging > Edit > Enable > choose the target bucket > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const bucket = trailBucket(ctx);
    const logging = bucketAttr(ctx, bucket, 'logging');
    const enabled = isJsonObject(logging) && (logging.enabled === true || (logging.enabled === undefined && typeof logging.targetBucket === 'string'));
    if (enabled) return ctx.pass(`Log bucket ${bucket.name} has server access logging`, 's3BucketName');
    return ctx.fail(`Log bucket ${bucket.name} has no server access logging`, 's3BucketName');
  },
});
