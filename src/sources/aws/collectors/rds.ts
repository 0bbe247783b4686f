import { RDSClient, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { rdsInstance } from '../../../core/index.js';
import type { Collector } from '../scope.js';
import { tagMap } from '../session.js';

export const rdsCollector: Collector = {
  service: 'rds',
  scope: 'regional',
  types: [rdsInstance.type],
  actions: ['rds:DescribeDBInstances'],
  async collect(s) {
    const rds = s.client(RDSClient);
    const listed = await s.all('rds:DescribeDBInstances', () => paginateDescribeDBInstances({ client: rds, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(rdsInstance, s.arn('rds', 'db:*'), listed);
      return;
    }
    for (const db of listed.value.flatMap((p) => p.DBInstances ?? [])) {
      const id = db.DBInstanceIdentifier ?? '';
      const r = s.resource(rdsInstance.type, db.DBInstanceArn ?? s.arn('rds', `db:${id}`), id, 'rds:DescribeDBInstances');
      r.known('engine', db.Engine).known('engineVersion', db.EngineVersion).known('instanceClass', db.DBInstanceClass);
      r.known('publiclyAccessible', db.PubliclyAccessible ?? false).known('storageEncrypted', db.StorageEncrypted ?? false).known('kmsKeyId', db.KmsKeyId);
      r.known('backupRetentionPeriod', db.BackupRetentionPeriod).known('multiAz', db.MultiAZ ?? false);
      r.known('iamDatabaseAuthentication', db.IAMDatabaseAuthenticationEnabled ?? false).known('deletionProtection', db.DeletionProtection ?? false);
      r.known('autoMinorVersionUpgrade', db.AutoMinorVersionUpgrade).known('clusterIdentifier', db.DBClusterIdentifier);
      r.known('enabledCloudwatchLogsExports', [...(db.EnabledCloudwatchLogsExports ?? [])].sort()).known('copyTagsToSnapshot', db.CopyTagsToSnapshot ?? false);
      r.known('performanceInsightsEnabled', db.PerformanceInsightsEnabled ?? false).known('performanceInsightsKmsKeyId', db.PerformanceInsightsKMSKeyId);
      if (db.KmsKeyId) r.rel('encrypted-by', db.KmsKeyId);
      r.tags(tagMap(db.TagList));
      s.emit(r);
    }
  },
};
