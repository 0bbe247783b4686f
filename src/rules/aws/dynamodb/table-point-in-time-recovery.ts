import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-table-point-in-time-recovery',
    title: 'DynamoDB tables have point-in-time recovery enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    description:
      'Checks that continuous backups with point-in-time recovery are on for the table, which lets it be restored to any second of the recovery window (up to 35 days).',
    risk:
      'Without it a faulty deployment, a bulk delete or ransomware that overwrites items can only be undone from on-demand backups, if any were taken, losing everything written since.',
    remediation: {
      text: 'Enable point-in-time recovery on tables that hold data of value; set the recovery period to what your recovery objectives need.',
      cli: 'aws dynamodb update-continuous-backups --table-name TABLE --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::DynamoDB::Table\nProperties:\n  PointInTimeRecoverySpecification:\n    PointInTimeRecoveryEnabled: true',
      console: 'DynamoDB > Tables > table > Backups > Point-in-time recovery > Edit > Turn on point-in-time recovery > Save',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('pointInTimeRecoveryEnabled')) return ctx.pass('Point-in-time recovery is on', 'pointInTimeRecoveryEnabled');
    return ctx.fail('Point-in-time recovery is off', 'pointInTimeRecoveryEnabled');
  },
});
