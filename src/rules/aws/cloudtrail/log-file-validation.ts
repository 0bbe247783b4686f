import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-log-file-validation',
    title: 'CloudTrail log file integrity validation is enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that log file validation is on, so CloudTrail delivers signed hourly digest files that prove whether log files were ' +
      'changed, deleted or kept unchanged after delivery.',
    risk: 'Without digests nobody can show that the logs used in an investigation or an audit are complete and untouched; an intruder with write access to the bucket could edit them undetected.',
    remediation: {
      text: 'Enable log file validation on the trail and validate digests with `aws cloudtrail validate-logs` when logs are used as evidence.',
      cli: 'aws cloudtrail update-trail --name TRAIL_NAME --enable-log-file-validation',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  enable_log_file_validation = true\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    EnableLogFileValidation: true',
      console: 'CloudTrail > Trails > trail > General details > Edit > Additional settings > Log file validation: Enabled > Save changes',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('logFileValidation')) return ctx.pass('Log file validation is enabled', 'logFileValidation');
    return ctx.fail('Log file validation is disabled: tampering with delivered logs cannot be detected', 'logFileValidation');
  },
});
