import { defineRule } from '../../../core/index.js';
import { detail } from '../detail.js';
import { logDestinationReason } from './log-destination.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-access-logging',
    title: 'S3 buckets record server access logs',
    severity: 'low',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that server access logging is on for the bucket, so that every request made to it is written to a log bucket. ' +
      'CloudTrail data events are an alternative record; this rule looks only at the bucket setting. Buckets that receive ' +
      'access logs themselves (log delivery ACL or policy, or named as another bucket\'s log target) are not applicable.',
    risk:
      'Without a request log there is no way to tell afterwards who read, changed or deleted which objects, so an incident ' +
      'cannot be scoped and a data leak cannot be proved or ruled out.',
    remediation: {
      text:
        'Turn on server access logging and send the logs to a dedicated bucket that is itself not logged (to avoid a loop), ' +
        'is not public and has a lifecycle rule for retention.',
      cli: 'aws s3api put-bucket-logging --bucket BUCKET \\\n  --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
      terraform:
        'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "${aws_s3_bucket.this.id}/"\n}',
      cloudformation: 'LoggingConfiguration:\n  DestinationBucketName: !Ref LogBucket\n  LogFilePrefix: my-bucket/',
      console: 'S3 > bucket > Properties > Server access logging > Edit > Enable > choose the destination bucket > Save changes',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('logging.enabled')) {
      const exempt = logDestinationReason(ctx);
      if (exempt) return ctx.notApplicable(`The bucket is an access-log destination (${exempt})`);
      return ctx.fail('Server access logging is off: requests to the bucket leave no record', 'logging.enabled');
    }
    const target = detail(ctx, 'logging.targetBucket');
    return ctx.pass(`Server access logs go to ${typeof target === 'string' && target ? `bucket ${target}` : 'a log bucket'}`, 'logging');
  },
});
