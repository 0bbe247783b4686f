import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-multi-region',
    title: 'CloudTrail trails record events from every region',
    severity: 'high',
    provider: 'aws',
    service: 'cloudtrail',
    resourceTypes: ['aws.cloudtrail.trail'],
    description:
      'Checks that the trail is a multi-region trail (IsMultiRegionTrail). A single-region trail misses activity in every other ' +
      'region, including regions the account does not normally use, which is where intruders like to run resources unseen.',
    risk:
      'API activity in regions without a trail leaves no durable audit record: crypto-mining instances, new access keys used from ' +
      'an unused region or a disabled detector there cannot be investigated afterwards.',
    remediation: {
      text: 'Turn the trail into a multi-region trail (or create one) so it covers current and future regions.',
      cli: 'aws cloudtrail update-trail --name TRAIL_NAME --is-multi-region-trail',
      terraform: 'resource "aws_cloudtrail" "main" {\n  # ...\n  is_multi_region_trail = true\n}',
      cloudformation: 'Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    IsLogging: true\n    IsMultiRegionTrail: true',
      console: 'CloudTrail > Trails > trail > General details > Edit > Enable for all accounts / Multi-region trail: Yes > Save',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('isMultiRegion')) return ctx.pass('The trail records events from all regions', 'isMultiRegion');
    return ctx.fail('The trail records events of its home region only', 'isMultiRegion');
  },
});
