import type { TfInstance } from '../eval/module.js';
import { ResourceDraft, valueAt } from './builder.js';
import type { Field } from './table.js';
import { applyFields, bool, keyRef, num, str, strList } from './table.js';
import type { TfAdapter } from './types.js';

const COMMON: Field[] = [
  ['engineVersion', ['engine_version'], str],
  ['storageEncrypted', ['storage_encrypted'], bool],
  ['backupRetentionPeriod', ['backup_retention_period'], num],
  ['deletionProtection', ['deletion_protection'], bool],
  ['iamDatabaseAuthenticationEnabled', ['iam_database_authentication_enabled'], bool],
  ['copyTagsToSnapshot', ['copy_tags_to_snapshot'], bool],
];

function cluster(inst: TfInstance, engine: string | undefined, fields: Field[]): ResourceDraft {
  const id = valueAt(inst, ['cluster_identifier']);
  const d = new ResourceDraft(inst, 'aws.rds.cluster', typeof id === 'string' ? id : inst.address);
  if (engine) d.set('engine', engine);
  applyFields(d, inst, [...COMMON, ...fields]);
  return d;
}

/** aws_rds_cluster, aws_docdb_cluster and aws_neptune_cluster: one model type, as in the RDS API. */
export const rdsClusterAdapter: TfAdapter = {
  modelType: 'aws.rds.cluster',
  primary: ['aws_rds_cluster', 'aws_docdb_cluster', 'aws_neptune_cluster'],
  build(inst) {
    switch (inst.type) {
      case 'aws_docdb_cluster':
        return cluster(inst, 'docdb', [
          ['kmsKeyId', ['kms_key_id'], keyRef],
          ['enabledCloudwatchLogsExports', ['enabled_cloudwatch_logs_exports'], strList],
        ]);
      case 'aws_neptune_cluster':
        return cluster(inst, 'neptune', [
          ['kmsKeyId', ['kms_key_arn'], keyRef],
          ['enabledCloudwatchLogsExports', ['enable_cloudwatch_logs_exports'], strList],
        ]);
      default:
        return cluster(inst, undefined, [
          ['engine', ['engine'], str],
          ['kmsKeyId', ['kms_key_id'], keyRef],
          ['enabledCloudwatchLogsExports', ['enabled_cloudwatch_logs_exports'], strList],
        ]);
    }
  },
};
