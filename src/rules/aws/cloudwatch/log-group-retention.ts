import { defineRule } from '../../../core/index.js';

const MIN_DAYS = 365;

export default defineRule({
  meta: {
    id: 'aws-cloudwatch-log-group-retention',
    title: 'CloudWatch Logs log groups keep events for at least a year',
    severity: 'low',
    provider: 'aws',
    service: 'cloudwatch',
    resourceTypes: ['aws.logs.log-group'],
    description:
      `Checks the retention of the log group: at least ${MIN_DAYS} days, or no expiry at all. Intrusions are often found months ` +
      'after they start, and the logs of that time are what an investigation needs.',
    risk: 'Short retention deletes the evidence of an attack before anyone knows there was one, and breaks audit requirements that ask for a year of logs.',
    remediation: {
      text: `Set the retention to ${MIN_DAYS} days or more (archive to S3 with lifecycle rules if cost matters).`,
      cli: `aws logs put-retention-policy --log-group-name LOG_GROUP --retention-in-days ${MIN_DAYS}`,
      terraform: `resource "aws_cloudwatch_log_group" "app" {\n  name              = "app"\n  retention_in_days = ${MIN_DAYS}\n}`,
      cloudformation: `AppLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    RetentionInDays: ${MIN_DAYS}`,
      console: 'CloudWatch > Log groups > group > Actions > Edit retention setting > 1 year (or more) > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const days = ctx.number('retentionDays');
    if (days === undefined || days === 0) return ctx.pass('Events in the log group never expire', 'retentionDays');
    if (days >= MIN_DAYS) return ctx.pass(`Events are kept for ${days} days`, 'retentionDays');
    return ctx.fail(`Events are deleted after ${days} days, less than ${MIN_DAYS}`, 'retentionDays');
  },
});
