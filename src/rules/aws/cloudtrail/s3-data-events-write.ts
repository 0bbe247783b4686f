import { defineRule } from '../../../core/index.js';
import { s3DataEventsCoverage } from './data-events.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-s3-data-events-write',
    title: 'S3 object-level write events are recorded by a multi-region trail',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that this trail, or another multi-region trail of the account, has a basic or advanced event selector recording S3 ' +
      'data events of the write kind (PutObject and DeleteObject) for all buckets. Selectors limited to some buckets or event names do not count. ' +
      'The control is account-wide, so every trail of an account reports the same verdict.',
    risk:
      'Management events show bucket configuration changes but not who wrote, overwrote or deleted objects. ' +
      'Without object-level events a data tampering or ransomware incident cannot be scoped from the logs.',
    remediation: {
      text: 'Add an event selector for S3 data events on all buckets (ReadWriteType All or WriteOnly) to a multi-region trail. Mind the cost on busy buckets.',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL_NAME --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true,"DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]\'',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    EventSelectors:\n      - ReadWriteType: All\n        IncludeManagementEvents: true\n        DataResources:\n          - Type: AWS::S3::Object\n            Values: [arn:aws:s3]',
      console: 'CloudTrail > Trails > multi-region trail > Data events > Edit > Add data event type S3 > Log all events (or Write events) for all current and future buckets > Save changes',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const { covered, by } = s3DataEventsCoverage(ctx, 'write');
    if (covered && by) return ctx.pass(by.uid === ctx.resource.uid ? 'This trail records S3 write data events for all buckets' : `Trail ${by.name} records S3 write data events for all buckets`, 'eventSelectors');
    return ctx.fail('No multi-region trail records S3 write data events for all buckets', 'eventSelectors');
  },
});
