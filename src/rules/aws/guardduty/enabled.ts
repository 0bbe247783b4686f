import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-guardduty-enabled',
    title: 'GuardDuty is enabled in every region',
    severity: 'high',
    provider: 'aws',
    service: 'guardduty',
    resourceTypes: ['aws.guardduty.region'],
    description:
      'Checks that the region has a GuardDuty detector and that it is enabled. GuardDuty has to be turned on region by region; ' +
      'a region without it is where an intruder can run unnoticed.',
    risk: 'Without GuardDuty nobody is told about credential misuse, crypto-mining, communication with known malicious hosts or reconnaissance in that region, which are the typical first signs of a compromise.',
    remediation: {
      text: 'Enable GuardDuty in every region, ideally for the whole organisation from a delegated administrator account, and route findings to the team on call.',
      cli: 'aws guardduty create-detector --enable --finding-publishing-frequency FIFTEEN_MINUTES --region REGION',
      terraform: 'resource "aws_guardduty_detector" "this" {\n  enable = true\n}',
      cloudformation: 'Detector:\n  Type: AWS::GuardDuty::Detector\n  Properties:\n    Enable: true',
      console: 'GuardDuty > Get started > Enable GuardDuty (repeat in each region, or use the delegated administrator to enable it organisation-wide)',
    },
    references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const detectors = ctx.list('detectors');
    if (!detectors.length) return ctx.fail('GuardDuty has no detector in this region', 'detectors');
    const on = detectors.findIndex((d, i) => isJsonObject(d) && (ctx.string(`detectors.${i}.status`) ?? 'ENABLED') === 'ENABLED');
    if (on >= 0) return ctx.pass(`GuardDuty detector ${ctx.string(`detectors.${on}.id`) ?? ''} is enabled`.trim(), `detectors.${on}`);
    return ctx.fail('The GuardDuty detector in this region is suspended', 'detectors.0.status');
  },
});
