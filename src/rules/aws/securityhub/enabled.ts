import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-securityhub-enabled',
    title: 'Security Hub is enabled in every region',
    severity: 'medium',
    provider: 'aws',
    service: 'securityhub',
    resourceTypes: ['aws.securityhub.region'],
    description: 'Checks that AWS Security Hub is enabled in the region, so findings of GuardDuty, Inspector, Macie, IAM Access Analyzer and the security standards are gathered in one place.',
    risk: 'Without Security Hub, findings stay scattered across services and regions, nobody sees them together, and the automated best-practice checks of the standards do not run.',
    remediation: {
      text: 'Enable Security Hub in every region (organisation-wide from a delegated administrator) with at least the AWS Foundational Security Best Practices standard, and aggregate findings to one region.',
      cli: 'aws securityhub enable-security-hub --enable-default-standards --region REGION',
      terraform: 'resource "aws_securityhub_account" "this" {\n  enable_default_standards = true\n}',
      cloudformation: 'Hub:\n  Type: AWS::SecurityHub::Hub\n  Properties:\n    EnableDefaultStandards: true',
      console: 'Security Hub > Go to Security Hub > Enable Security Hub (repeat per region or configure central configuration)',
    },
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('enabled')) return ctx.pass('Security Hub is enabled in this region', 'enabled');
    return ctx.fail('Security Hub is not enabled in this region', 'enabled');
  },
});
