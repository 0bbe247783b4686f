import { defineRule } from '../../../core/index.js';

const MIN_DAYS = 7;

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-backup-retention',
    title: 'RDS, DocumentDB and Neptune clusters keep automated backups for at least 7 days',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      'Checks that the DB cluster keeps its continuous automated backups for at least seven days, so that a point-in-time restore can reach back a full week.',
    risk:
      'A one-day retention window, the default, means that damage discovered after a day can no longer be rolled back from automated backups.',
    remediation: {
      text: 'Set the backup retention period of the cluster to 7 days or more (up to 35).',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --backup-retention-period 7 --apply-immediately',
      terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  backup_retention_period = 7\n}',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  BackupRetentionPeriod: 7',
      console: 'RDS > Databases > cluster > Modify > Backup > Backup retention period: 7 days or more > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const days = ctx.number('backupRetentionPeriod') ?? 1;
    if (days < MIN_DAYS) return ctx.fail(`Automated backups are kept for ${days} day${days === 1 ? '' : 's'}, fewer than ${MIN_DAYS}`, 'backupRetentionPeriod');
    return ctx.pass(`Automated backups are kept for ${days} days`, 'backupRetentionPeriod');
  },
});
