import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext } from '../model.js';
import { ModelBuilder, asBool, asInt, asString, nameOf } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import { asStringList } from './table.js';
import type { CfnAdapter } from './types.js';

type Coerce = typeof asBool | typeof asInt | typeof asString | typeof asStringList;

/** Model attribute, CloudFormation property, and how to read it. */
const FIELDS: [string, string, Coerce][] = [
  ['engine', 'Engine', asString],
  ['engineVersion', 'EngineVersion', asString],
  ['instanceClass', 'DBInstanceClass', asString],
  ['publiclyAccessible', 'PubliclyAccessible', asBool],
  ['storageEncrypted', 'StorageEncrypted', asBool],
  ['kmsKeyId', 'KmsKeyId', asString],
  ['backupRetentionPeriod', 'BackupRetentionPeriod', asInt],
  ['multiAz', 'MultiAZ', asBool],
  ['iamDatabaseAuthentication', 'EnableIAMDatabaseAuthentication', asBool],
  ['deletionProtection', 'DeletionProtection', asBool],
  ['autoMinorVersionUpgrade', 'AutoMinorVersionUpgrade', asBool],
  ['clusterIdentifier', 'DBClusterIdentifier', asString],
  ['performanceInsightsEnabled', 'EnablePerformanceInsights', asBool],
  ['performanceInsightsKmsKeyId', 'PerformanceInsightsKMSKeyId', asString],
  ['copyTagsToSnapshot', 'CopyTagsToSnapshot', asBool],
  ['enabledCloudwatchLogsExports', 'EnableCloudwatchLogsExports', asStringList],
];

export const rdsInstanceAdapter: CfnAdapter = {
  modelType: 'aws.rds.db-instance',
  cfnTypes: ['AWS::RDS::DBInstance'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.rds.db-instance');
    for (const [attr, prop, coerce] of FIELDS) {
      b.set(attr, isUnknownMarker(res.properties) ? res.properties : coerce(b.prop(prop)), prop);
    }
    b.relate('encrypted-by', b.prop('KmsKeyId'));
    b.relate('member-of', b.prop('DBClusterIdentifier'));
    return [b.build(nameOf(res, 'DBInstanceIdentifier'), ctx)];
  },
};
