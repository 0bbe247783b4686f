import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-performance-insights-customer-key',
    title: 'RDS Performance Insights data is encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that, where Performance Insights is on, its data (which includes the text of the SQL statements the database runs) is encrypted with a customer managed KMS key rather than the AWS managed aws/rds key.',
    risk:
      'SQL text can contain personal data and literals; with the AWS managed key anyone allowed to use the key in the account can read it, and key access cannot be restricted, audited separately or revoked.',
    remediation: {
      text: 'Choose a customer managed key for Performance Insights. The key cannot be changed once set: turn Performance Insights off and on again (losing its history) or recreate the instance.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --enable-performance-insights --performance-insights-kms-key-id KEY_ARN --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  performance_insights_enabled    = true\n  performance_insights_kms_key_id = aws_kms_key.pi.arn\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  EnablePerformanceInsights: true\n  PerformanceInsightsKMSKeyId: !Ref InsightsKey',
      console: 'RDS > Databases > instance > Modify > Monitoring > Performance Insights > AWS KMS key: choose your key > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.access-control.cmk-policy.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('performanceInsightsEnabled')) return ctx.notApplicable('Performance Insights is off');
    const key = judgeKey(ctx, 'performanceInsightsKmsKeyId');
    if (key.kind === 'none') return ctx.fail('Performance Insights data is encrypted with the AWS managed key aws/rds', 'performanceInsightsKmsKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`Performance Insights data is encrypted with the AWS managed key ${key.key}`, 'performanceInsightsKmsKeyId');
    return ctx.pass(`Performance Insights data is encrypted with customer managed key ${key.key}`, 'performanceInsightsKmsKeyId');
  },
});
