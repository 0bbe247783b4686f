import type { Resource } from '../../../../core/index.js';
import type { AdapterContext } from '../model.js';
import { nameOf } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { CfnField } from './table.js';
import { asBool, asInt, asString, asStringList, buildFields } from './table.js';
import type { CfnAdapter } from './types.js';

const CLUSTER_FIELDS: CfnField[] = [
  ['engineVersion', 'EngineVersion', asString],
  ['storageEncrypted', 'StorageEncrypted', asBool],
  ['kmsKeyId', 'KmsKeyId', asString],
  ['backupRetentionPeriod', 'BackupRetentionPeriod', asInt],
  ['deletionProtection', 'DeletionProtection', asBool],
  ['enabledCloudwatchLogsExports', 'EnableCloudwatchLogsExports', asStringList],
  ['copyTagsToSnapshot', 'CopyTagsToSnapshot', asBool],
];

const ENGINE: Record<string, string> = { 'AWS::DocDB::DBCluster': 'docdb', 'AWS::Neptune::DBCluster': 'neptune' };

/** RDS, DocumentDB and Neptune clusters: one model type, as in the RDS API. */
export const rdsClusterAdapter: CfnAdapter = {
  modelType: 'aws.rds.cluster',
  cfnTypes: ['AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'],
  adapt(res: EvaluatedResource, ctx: AdapterContext): Resource[] {
    const fixed = ENGINE[res.type];
    const b = buildFields(res, 'aws.rds.cluster', [
      ...CLUSTER_FIELDS,
      ...(fixed ? [] : ([['engine', 'Engine', asString]] as CfnField[])),
      res.type === 'AWS::Neptune::DBCluster' ? ['iamDatabaseAuthenticationEnabled', 'IamAuthEnabled', asBool] : ['iamDatabaseAuthenticationEnabled', 'EnableIAMDatabaseAuthentication', asBool],
    ]);
    if (fixed) b.set('engine', fixed);
    return [b.build(nameOf(res, 'DBClusterIdentifier'), ctx)];
  },
};

export const dynamodbTableAdapter: CfnAdapter = {
  modelType: 'aws.dynamodb.table',
  cfnTypes: ['AWS::DynamoDB::Table'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.dynamodb.table', [
      ['pointInTimeRecoveryEnabled', 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', asBool],
      ['kmsMasterKeyArn', 'SSESpecification.KMSMasterKeyId', asString],
      ['deletionProtectionEnabled', 'DeletionProtectionEnabled', asBool],
      ['billingMode', 'BillingMode', asString],
      // SSEEnabled true means KMS (the AWS managed key unless one is named); false or absent, the AWS owned key.
      ['sseType', 'SSESpecification.SSEEnabled', (v) => {
        const on = asBool(v);
        return typeof on === 'boolean' ? (on ? 'KMS' : 'NONE') : on;
      }],
    ]);
    return [b.build(nameOf(res, 'TableName'), ctx)];
  },
};

export const daxClusterAdapter: CfnAdapter = {
  modelType: 'aws.dynamodb.dax-cluster',
  cfnTypes: ['AWS::DAX::Cluster'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.dynamodb.dax-cluster', [
      ['sseEnabled', 'SSESpecification.SSEEnabled', asBool],
      ['clusterEndpointEncryptionType', 'ClusterEndpointEncryptionType', asString],
    ]);
    return [b.build(nameOf(res, 'ClusterName'), ctx)];
  },
};

export const efsFileSystemAdapter: CfnAdapter = {
  modelType: 'aws.efs.file-system',
  cfnTypes: ['AWS::EFS::FileSystem'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.efs.file-system', [
      ['encrypted', 'Encrypted', asBool],
      ['kmsKeyId', 'KmsKeyId', asString],
    ]);
    return [b.build(res.logicalId, ctx)];
  },
};

export const elasticacheReplicationGroupAdapter: CfnAdapter = {
  modelType: 'aws.elasticache.replication-group',
  cfnTypes: ['AWS::ElastiCache::ReplicationGroup'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.elasticache.replication-group', [
      ['engine', 'Engine', asString],
      ['atRestEncryptionEnabled', 'AtRestEncryptionEnabled', asBool],
      ['transitEncryptionEnabled', 'TransitEncryptionEnabled', asBool],
      ['transitEncryptionMode', 'TransitEncryptionMode', asString],
      ['authTokenEnabled', 'AuthToken', (v) => (v === undefined || v === null || v === '' ? undefined : true)],
      ['userGroupIds', 'UserGroupIds', asStringList],
      ['kmsKeyId', 'KmsKeyId', asString],
    ]);
    return [b.build(nameOf(res, 'ReplicationGroupId'), ctx)];
  },
};

export const redshiftClusterAdapter: CfnAdapter = {
  modelType: 'aws.redshift.cluster',
  cfnTypes: ['AWS::Redshift::Cluster'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.redshift.cluster', [
      ['encrypted', 'Encrypted', asBool],
      ['kmsKeyId', 'KmsKeyId', asString],
      ['publiclyAccessible', 'PubliclyAccessible', asBool],
      ['loggingEnabled', 'LoggingProperties', (v) => (v === undefined || v === null ? undefined : true)],
      ['clusterSubnetGroupName', 'ClusterSubnetGroupName', asString],
    ]);
    return [b.build(nameOf(res, 'ClusterIdentifier'), ctx)];
  },
};
