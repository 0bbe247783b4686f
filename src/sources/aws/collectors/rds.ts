import { DescribeDBClusterSnapshotAttributesCommand, DescribeDBSnapshotAttributesCommand, RDSClient, paginateDescribeDBClusterSnapshots, paginateDescribeDBClusters, paginateDescribeDBInstances, paginateDescribeDBSnapshots } from '@aws-sdk/client-rds';
import { rdsInstance } from '../../../core/index.js';
import { rdsCluster, rdsSnapshot } from '../../../core/types/aws/rds-extra.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';

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

/** DB clusters (Aurora, Multi-AZ clusters, DocumentDB, Neptune) and manual snapshots with their restore attribute. */
export const rdsClusterCollector: Collector = {
  service: 'rds',
  scope: 'regional',
  types: [rdsCluster.type, rdsSnapshot.type],
  actions: ['rds:DescribeDBClusterSnapshotAttributes', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusters', 'rds:DescribeDBSnapshotAttributes', 'rds:DescribeDBSnapshots'],
  async collect(s) {
    const rds = s.client(RDSClient);
    await Promise.all([collectClusters(s, rds), collectInstanceSnapshots(s, rds), collectClusterSnapshots(s, rds)]);
  },
};

async function collectClusters(s: Scope, rds: RDSClient): Promise<void> {
  const listed = await s.all('rds:DescribeDBClusters', () => paginateDescribeDBClusters({ client: rds, pageSize: 100 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(rdsCluster, s.arn('rds', 'cluster:*'), listed);
    return;
  }
  for (const c of listed.value.flatMap((p) => p.DBClusters ?? [])) {
    const id = c.DBClusterIdentifier ?? '';
    const r = s.resource(rdsCluster.type, c.DBClusterArn ?? s.arn('rds', `cluster:${id}`), id, 'rds:DescribeDBClusters');
    r.known('engine', c.Engine).known('engineVersion', c.EngineVersion).known('storageEncrypted', c.StorageEncrypted ?? false).known('kmsKeyId', c.KmsKeyId);
    r.known('backupRetentionPeriod', c.BackupRetentionPeriod).known('deletionProtection', c.DeletionProtection ?? false);
    r.known('iamDatabaseAuthenticationEnabled', c.IAMDatabaseAuthenticationEnabled ?? false);
    r.known('enabledCloudwatchLogsExports', [...(c.EnabledCloudwatchLogsExports ?? [])].sort()).known('copyTagsToSnapshot', c.CopyTagsToSnapshot ?? false);
    if (c.KmsKeyId) r.rel('encrypted-by', c.KmsKeyId);
    r.tags(tagMap(c.TagList));
    s.emit(r);
  }
}

/** The accounts in the `restore` attribute ("all" = public). */
function restoreAccounts(attrs: readonly { AttributeName?: string | undefined; AttributeValues?: string[] | undefined }[]): string[] {
  return [...new Set(attrs.filter((a) => a.AttributeName === 'restore').flatMap((a) => a.AttributeValues ?? []))].sort();
}

async function collectInstanceSnapshots(s: Scope, rds: RDSClient): Promise<void> {
  const listed = await s.all('rds:DescribeDBSnapshots', () => paginateDescribeDBSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual' }));
  if (listed.kind !== 'ok') {
    s.unlisted(rdsSnapshot, s.arn('rds', 'snapshot:*'), listed);
    return;
  }
  await mapLimit(listed.value.flatMap((p) => p.DBSnapshots ?? []), 8, async (snap) => {
    const id = snap.DBSnapshotIdentifier ?? '';
    const r = s.resource(rdsSnapshot.type, snap.DBSnapshotArn ?? s.arn('rds', `snapshot:${id}`), id, 'rds:DescribeDBSnapshots');
    r.known('snapshotKind', 'instance').known('snapshotType', snap.SnapshotType).known('encrypted', snap.Encrypted ?? false);
    const attrs = await s.call('rds:DescribeDBSnapshotAttributes', () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })));
    r.from('rds:DescribeDBSnapshotAttributes', attrs, (v) => ({ restoreAccountIds: restoreAccounts(v.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []) }), ['restoreAccountIds']);
    r.tags(tagMap(snap.TagList));
    s.emit(r);
  });
}

async function collectClusterSnapshots(s: Scope, rds: RDSClient): Promise<void> {
  const listed = await s.all('rds:DescribeDBClusterSnapshots', () => paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual' }));
  if (listed.kind !== 'ok') {
    s.unlisted(rdsSnapshot, s.arn('rds', 'cluster-snapshot:*'), listed);
    return;
  }
  await mapLimit(listed.value.flatMap((p) => p.DBClusterSnapshots ?? []), 8, async (snap) => {
    const id = snap.DBClusterSnapshotIdentifier ?? '';
    const r = s.resource(rdsSnapshot.type, snap.DBClusterSnapshotArn ?? s.arn('rds', `cluster-snapshot:${id}`), id, 'rds:DescribeDBClusterSnapshots');
    r.known('snapshotKind', 'cluster').known('snapshotType', snap.SnapshotType).known('encrypted', snap.StorageEncrypted ?? false);
    const attrs = await s.call('rds:DescribeDBClusterSnapshotAttributes', () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })));
    r.from('rds:DescribeDBClusterSnapshotAttributes', attrs, (v) => ({ restoreAccountIds: restoreAccounts(v.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? []) }), ['restoreAccountIds']);
    r.tags(tagMap(snap.TagList));
    s.emit(r);
  });
}
