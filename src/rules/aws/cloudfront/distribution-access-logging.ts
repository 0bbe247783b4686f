import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-distribution-access-logging',
    title: 'CloudFront distributions log viewer requests',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    description:
      'Checks that standard access logging to an S3 bucket is on for the distribution. Logs delivered through CloudWatch Logs vended log delivery (standard logging v2) are configured outside the distribution and are not seen by this check.',
    risk:
      'Without access logs there is no record of which clients requested what at the edge, so scraping, credential stuffing and data exfiltration through the distribution go unnoticed.',
    remediation: {
      text: 'Turn on standard logging to an S3 bucket that has ACLs enabled for the CloudFront log delivery account, or set up standard logging v2 to CloudWatch Logs, S3 or Firehose.',
      cli: 'aws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://config.json  # Logging.Enabled = true, Logging.Bucket = LOGBUCKET.s3.amazonaws.com',
      terraform: 'resource "aws_cloudfront_distribution" "this" {\n  # ...\n  logging_config {\n    bucket = aws_s3_bucket.cdn_logs.bucket_domain_name\n    prefix = "cdn/"\n  }\n}',
      cloudformation: 'Type: AWS::CloudFront::Distribution\nProperties:\n  DistributionConfig:\n    Logging:\n      Bucket: !GetAtt CdnLogs.DomainName\n      Prefix: cdn/',
      console: 'CloudFront > Distributions > distribution > Logging > Add (or General > Edit > Standard logging: On) > choose the destination > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('loggingEnabled')) return ctx.pass('Standard access logging is on', 'loggingEnabled');
    return ctx.fail('Standard access logging is off', 'loggingEnabled');
  },
});
