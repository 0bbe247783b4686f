import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-management-events',
    title: 'CloudTrail trails record all management events, read and write',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks the event selectors (basic or advanced) of the trail: together they must record management events of both kinds, ' +
      'read-only and write. A trail without custom selectors records all management events.',
    risk:
      'A trail limited to read-only or write-only events, or excluding management events, misses either the changes made to the ' +
      'account or the reconnaissance before them, so an investigation lacks half the story.',
    remediation: {
      text: 'Set the event selectors of the trail to include management events with ReadWriteType All.',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL_NAME --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  event_selector {\n    read_write_type           = "All"\n    include_management_events = true\n  }\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    EventSelectors:\n      - ReadWriteType: All\n        IncludeManagementEvents: true',
      console: 'CloudTrail > Trails > trail > Management events > Edit > API activity: Read and Write > Save changes',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const m = ctx.string('managementEvents') ?? 'All';
    if (m === 'All') return ctx.pass('The trail records all read and write management events', 'managementEvents');
    if (m === 'None') return ctx.fail('The event selectors of the trail exclude management events', 'managementEvents');
    return ctx.fail(`The trail records only ${m === 'ReadOnly' ? 'read-only' : 'write'} management events`, 'managementEvents');
  },
});
