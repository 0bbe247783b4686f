import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const rdsCluster = defineResourceType({
  type: 'aws.rds.cluster',
  provider: 'aws',
  service: 'rds',
  description: 'An RDS DB cluster: Aurora, Multi-AZ DB clusters, and the DocumentDB and Neptune clusters that share the RDS API.',
  aliases: ['aws_rds_cluster', 'AWS::RDS::DBCluster', 'aws_docdb_cluster', 'AWS::DocDB::DBCluster', 'aws_neptune_cluster', 'AWS::Neptune::DBCluster', 'rds_cluster'],
  attributes: {
    engine: a.string('Database engine, e.g. aurora-postgresql, docdb, neptune'),
    engineVersion: a.string('Engine version'),
    storageEncrypted: a.bool('Cluster storage is encrypted at rest', {
      default: false,
      defaultNote: 'Provisioned clusters are unencrypted unless requested (Aurora Serverless v1 clusters are always encrypted and report true)',
    }),
    kmsKeyId: a.string('KMS key protecting the storage'),
    backupRetentionPeriod: a.int('Days of automated backups', { default: 1 }),
    deletionProtection: a.bool('Deletion protection enabled', { default: false }),
    iamDatabaseAuthenticationEnabled: a.bool('IAM database authentication enabled', { default: false }),
    enabledCloudwatchLogsExports: a.list(a.string('Log type'), 'Log types exported to CloudWatch Logs', { default: [] }),
    copyTagsToSnapshot: a.bool('Tags are copied to snapshots', { default: false }),
  },
});

export const rdsSnapshot = defineResourceType({
  type: 'aws.rds.snapshot',
  provider: 'aws',
  service: 'rds',
  description: 'A manual RDS DB snapshot or DB cluster snapshot, with the accounts allowed to restore it.',
  aliases: ['aws_db_snapshot', 'aws_db_cluster_snapshot', 'rds_snapshot'],
  attributes: {
    snapshotKind: a.enum(['instance', 'cluster'] as const, 'Snapshot of a DB instance or of a DB cluster'),
    snapshotType: a.string('manual, automated, shared, public'),
    encrypted: a.bool('The snapshot is encrypted'),
    restoreAccountIds: a.list(a.string('Account id, or "all" for everyone'), 'Accounts allowed to copy or restore the snapshot (the "restore" snapshot attribute)', {
      default: [],
    }),
  },
});
