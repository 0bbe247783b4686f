import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-cloudwatch-logs',
    title: 'CloudTrail trails deliver events to CloudWatch Logs',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that the trail sends its events to a CloudWatch Logs log group as well as to S3. The metric filters and alarms of the ' +
      'CIS monitoring controls can only work on a log group.',
    risk: 'Logs kept only in S3 are read when someone goes looking. Without a log group there are no metric filters and no alarms, so a root sign-in or a disabled trail raises no alert.',
    remediation: {
      text: 'Create a log group and a role CloudTrail can assume to write to it, then configure both on the trail.',
      cli: 'aws cloudtrail update-trail --name TRAIL_NAME --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn\n    CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn',
      console: 'CloudTrail > Trails > trail > CloudWatch Logs > Edit > Enabled > choose or create the log group and role > Save changes',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const rel = ctx.resource.relationships?.find((r) => r.kind === 'delivers-to-log-group');
    if (rel) return ctx.pass(`The trail delivers to log group ${ctx.inventory.byUid(rel.target)?.name ?? rel.target}`, 'cloudWatchLogsLogGroupArn');
    const arn = ctx.string('cloudWatchLogsLogGroupArn');
    if (arn) return ctx.pass(`The trail delivers to ${arn}`, 'cloudWatchLogsLogGroupArn');
    return ctx.fail('The trail does not deliver events to CloudWatch Logs', 'cloudWatchLogsLogGroupArn');
  },
});
