import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

/** Days of automated backups this rule asks for. */
const MIN_DAYS = 7;

export default defineRule({
  meta: {
    id: 'aws-rds-instance-backup-retention',
    title: 'RDS instances keep automated backups for at least 7 days',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that automated backups are on for standalone database instances and kept for at least seven days, so that point-in-time restores reach back a full week. Instances of a DB cluster are judged through their cluster.',
    risk:
      'With backups off or kept for a day or two, corruption or a destructive change noticed after a weekend can no longer be undone from the automated backups.',
    remediation: {
      text: 'Set the backup retention period to 7 days or more (up to 35), and keep longer-term copies with AWS Backup where compliance requires it.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB_ID --backup-retention-period 7 --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  backup_retention_period = 7\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  BackupRetentionPeriod: 7',
      console: 'RDS > Databases > instance > Modify > Additional configuration > Backup retention period: 7 days or more > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, whose backup retention applies: see aws-rds-cluster-backup-retention');
    const days = ctx.number('backupRetentionPeriod') ?? 1;
    if (days === 0) return ctx.fail('Automated backups are turned off (retention period 0)', 'backupRetentionPeriod');
    if (days < MIN_DAYS) return ctx.fail(`Automated backups are kept for ${days} day${days === 1 ? '' : 's'}, fewer than ${MIN_DAYS}`, 'backupRetentionPeriod');
    return ctx.pass(`Automated backups are kept for ${days} days`, 'backupRetentionPeriod');
  },
});
