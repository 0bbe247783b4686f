import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-logging-enabled',
    title: 'CloudTrail trails are logging',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that logging is turned on for the trail (GetTrailStatus IsLogging; enable_logging in Terraform, IsLogging in ' +
      'CloudFormation). A stopped trail keeps its configuration but records nothing.',
    risk: 'A stopped trail gives a false sense of coverage: every later action in the account goes unrecorded, and StopLogging is a typical step of an attacker covering tracks.',
    remediation: {
      text: 'Start logging on the trail and find out who stopped it and why.',
      cli: 'aws cloudtrail start-logging --name TRAIL_NAME',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  enable_logging = true\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    IsLogging: true',
      console: 'CloudTrail > Trails > trail > Start logging',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StartLogging.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('isLogging')) return ctx.pass('The trail is logging', 'isLogging');
    return ctx.fail('Logging is stopped on the trail', 'isLogging');
  },
});
