import { ResourceDraft, bool, num, str, valueAt } from './builder.js';
import { keyRef, strList } from './table.js';
import type { TfAdapter } from './types.js';

const FIELDS: [model: string, tf: string, conv: typeof str][] = [
  ['engine', 'engine', str],
  ['engineVersion', 'engine_version', str],
  ['instanceClass', 'instance_class', str],
  ['publiclyAccessible', 'publicly_accessible', bool],
  ['storageEncrypted', 'storage_encrypted', bool],
  ['kmsKeyId', 'kms_key_id', str],
  ['backupRetentionPeriod', 'backup_retention_period', num],
  ['multiAz', 'multi_az', bool],
  ['iamDatabaseAuthentication', 'iam_database_authentication_enabled', bool],
  ['deletionProtection', 'deletion_protection', bool],
  ['autoMinorVersionUpgrade', 'auto_minor_version_upgrade', bool],
  ['clusterIdentifier', 'cluster_identifier', str],
  ['performanceInsightsEnabled', 'performance_insights_enabled', bool],
  ['performanceInsightsKmsKeyId', 'performance_insights_kms_key_id', keyRef],
  ['copyTagsToSnapshot', 'copy_tags_to_snapshot', bool],
  ['enabledCloudwatchLogsExports', 'enabled_cloudwatch_logs_exports', strList],
];

export const rdsInstanceAdapter: TfAdapter = {
  modelType: 'aws.rds.db-instance',
  primary: ['aws_db_instance', 'aws_rds_cluster_instance'],
  build(inst) {
    const id = valueAt(inst, ['identifier']);
    const d = new ResourceDraft(inst, 'aws.rds.db-instance', typeof id === 'string' ? id : inst.address);
    for (const [model, tf, conv] of FIELDS) d.set(model, conv(valueAt(inst, [tf])), { inst, path: [tf] });
    return d;
  },
};
