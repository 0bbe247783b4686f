import { DAXClient, DescribeClustersCommand as DescribeDaxClustersCommand } from '@aws-sdk/client-dax';
import { EFSClient, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import { ElastiCacheClient, paginateDescribeReplicationGroups } from '@aws-sdk/client-elasticache';
import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import { DescribeLoggingStatusCommand, RedshiftClient, paginateDescribeClusters } from '@aws-sdk/client-redshift';
import type { JsonValue } from '../../../core/index.js';
import { elasticacheReplicationGroup, opensearchDomain, redshiftCluster } from '../../../core/types/aws/analytics.js';
import { efsFileSystem } from '../../../core/types/aws/containers.js';
import { daxCluster } from '../../../core/types/aws/dynamodb.js';
import type { Collector } from '../scope.js';
import { tagMap, tokenPages } from '../session.js';
import { mapLimit } from '../semaphore.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

export const efsCollector: Collector = {
  service: 'efs',
  scope: 'regional',
  types: [efsFileSystem.type],
  actions: ['elasticfilesystem:DescribeFileSystems'],
  async collect(s) {
    const efs = s.client(EFSClient);
    const listed = await s.all('elasticfilesystem:DescribeFileSystems', () => paginateDescribeFileSystems({ client: efs, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') return s.unlisted(efsFileSystem, s.arn('elasticfilesystem', 'file-system/*'), listed);
    for (const fs of listed.value.flatMap((p) => p.FileSystems ?? [])) {
      const id = fs.FileSystemId ?? '';
      const r = s.resource(efsFileSystem.type, fs.FileSystemArn ?? s.arn('elasticfilesystem', `file-system/${id}`), id, 'elasticfilesystem:DescribeFileSystems');
      r.known('encrypted', fs.Encrypted ?? false).known('kmsKeyId', fs.KmsKeyId || undefined);
      if (fs.KmsKeyId) r.rel('encrypted-by', fs.KmsKeyId);
      r.tags(tagMap(fs.Tags));
      s.emit(r);
    }
  },
};

export const elasticacheCollector: Collector = {
  service: 'elasticache',
  scope: 'regional',
  types: [elasticacheReplicationGroup.type],
  actions: ['elasticache:DescribeReplicationGroups'],
  async collect(s) {
    const ec = s.client(ElastiCacheClient);
    const listed = await s.all('elasticache:DescribeReplicationGroups', () => paginateDescribeReplicationGroups({ client: ec, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') return s.unlisted(elasticacheReplicationGroup, s.arn('elasticache', 'replicationgroup:*'), listed);
    for (const g of listed.value.flatMap((p) => p.ReplicationGroups ?? [])) {
      const id = g.ReplicationGroupId ?? '';
      const r = s.resource(elasticacheReplicationGroup.type, g.ARN ?? s.arn('elasticache', `replicationgroup:${id}`), id, 'elasticache:DescribeReplicationGroups');
      // Groups created before the API reported the engine are Redis OSS.
      r.known('engine', g.Engine ?? 'redis');
      r.known('atRestEncryptionEnabled', g.AtRestEncryptionEnabled ?? false).known('transitEncryptionEnabled', g.TransitEncryptionEnabled ?? false);
      // Groups that predate the setting report no mode: with TLS on they require it.
      r.known('transitEncryptionMode', g.TransitEncryptionMode ?? (g.TransitEncryptionEnabled ? 'required' : undefined));
      r.known('authTokenEnabled', g.AuthTokenEnabled ?? false).known('userGroupIds', [...(g.UserGroupIds ?? [])].sort());
      r.known('kmsKeyId', g.KmsKeyId || undefined);
      if (g.KmsKeyId) r.rel('encrypted-by', g.KmsKeyId);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    }
  },
};

/** DescribeDomains takes at most this many names per call. */
const OPENSEARCH_BATCH = 5;

const OPENSEARCH_ATTRS = ['engineVersion', 'encryptionAtRestEnabled', 'nodeToNodeEncryptionEnabled', 'enforceHttps', 'tlsSecurityPolicy', 'vpcSubnetIds', 'logPublishing'] as const;

/** Covers OpenSearch and legacy Elasticsearch domains: the OpenSearch API lists and describes both. */
export const opensearchCollector: Collector = {
  service: 'opensearch',
  scope: 'regional',
  types: [opensearchDomain.type],
  actions: ['es:DescribeDomains', 'es:ListDomainNames'],
  async collect(s) {
    const os = s.client(OpenSearchClient);
    // ListDomainNames returns every domain of the region in one answer (the API has no pagination).
    const listed = await s.call('es:ListDomainNames', () => os.send(new ListDomainNamesCommand({})));
    if (listed.kind !== 'ok') return s.unlisted(opensearchDomain, s.arn('es', 'domain/*'), listed);
    const names = (listed.value.DomainNames ?? []).map((d) => d.DomainName ?? '').filter((n) => n !== '').sort();
    const batches: string[][] = [];
    for (let i = 0; i < names.length; i += OPENSEARCH_BATCH) batches.push(names.slice(i, i + OPENSEARCH_BATCH));
    await mapLimit(batches, 4, async (batch) => {
      const got = await s.call('es:DescribeDomains', () => os.send(new DescribeDomainsCommand({ DomainNames: batch })));
      const byName = new Map((got.kind === 'ok' ? got.value.DomainStatusList ?? [] : []).map((d) => [d.DomainName, d]));
      for (const name of batch) {
        const d = byName.get(name);
        // A domain deleted between the listing and the description is simply gone.
        if (got.kind === 'ok' && !d) continue;
        const r = s.resource(opensearchDomain.type, d?.ARN ?? s.arn('es', `domain/${name}`), name, 'es:ListDomainNames');
        r.from('es:DescribeDomains', got, () => (d ? domainAttributes(d) : {}), OPENSEARCH_ATTRS);
        r.tagsUnknown(TAGS_NOT_COLLECTED);
        s.emit(r);
      }
    });
  },
};

function domainAttributes(d: DomainStatus): Record<string, JsonValue | undefined> {
  const logs: Record<string, JsonValue> = {};
  for (const [kind, opt] of Object.entries(d.LogPublishingOptions ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const entry: Record<string, JsonValue> = { enabled: opt.Enabled ?? false };
    if (opt.CloudWatchLogsLogGroupArn) entry.cloudWatchLogsLogGroupArn = opt.CloudWatchLogsLogGroupArn;
    logs[kind] = entry;
  }
  return {
    engineVersion: d.EngineVersion,
    encryptionAtRestEnabled: d.EncryptionAtRestOptions?.Enabled ?? false,
    nodeToNodeEncryptionEnabled: d.NodeToNodeEncryptionOptions?.Enabled ?? false,
    enforceHttps: d.DomainEndpointOptions?.EnforceHTTPS ?? false,
    // The service applies the TLS 1.0 policy when none was chosen.
    tlsSecurityPolicy: d.DomainEndpointOptions?.TLSSecurityPolicy ?? 'Policy-Min-TLS-1-0-2019-07',
    vpcSubnetIds: [...(d.VPCOptions?.SubnetIds ?? [])].sort(),
    logPublishing: logs,
  };
}

export const redshiftCollector: Collector = {
  service: 'redshift',
  scope: 'regional',
  types: [redshiftCluster.type],
  actions: ['redshift:DescribeClusters', 'redshift:DescribeLoggingStatus'],
  async collect(s) {
    const rs = s.client(RedshiftClient);
    const listed = await s.all('redshift:DescribeClusters', () => paginateDescribeClusters({ client: rs, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') return s.unlisted(redshiftCluster, s.arn('redshift', 'cluster:*'), listed);
    await mapLimit(listed.value.flatMap((p) => p.Clusters ?? []), 8, async (c) => {
      const id = c.ClusterIdentifier ?? '';
      // DescribeClusters gives no cluster ARN (ClusterNamespaceArn names the namespace), so it is built.
      const r = s.resource(redshiftCluster.type, s.arn('redshift', `cluster:${id}`), id, 'redshift:DescribeClusters');
      r.known('encrypted', c.Encrypted ?? false).known('kmsKeyId', c.KmsKeyId || undefined);
      r.known('publiclyAccessible', c.PubliclyAccessible ?? false).known('clusterSubnetGroupName', c.ClusterSubnetGroupName || undefined);
      const logging = await s.call('redshift:DescribeLoggingStatus', () => rs.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: id })));
      r.from('redshift:DescribeLoggingStatus', logging, (v) => ({ loggingEnabled: v.LoggingEnabled ?? false }), ['loggingEnabled']);
      if (c.KmsKeyId) r.rel('encrypted-by', c.KmsKeyId);
      r.tags(tagMap(c.Tags));
      s.emit(r);
    });
  },
};

export const daxCollector: Collector = {
  service: 'dax',
  scope: 'regional',
  types: [daxCluster.type],
  actions: ['dax:DescribeClusters'],
  async collect(s) {
    const dax = s.client(DAXClient);
    const listed = await s.all('dax:DescribeClusters', () => tokenPages((token) => dax.send(new DescribeDaxClustersCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }))));
    if (listed.kind !== 'ok') return s.unlisted(daxCluster, s.arn('dax', 'cache/*'), listed);
    for (const c of listed.value.flatMap((p) => p.Clusters ?? [])) {
      const name = c.ClusterName ?? '';
      const r = s.resource(daxCluster.type, c.ClusterArn ?? s.arn('dax', `cache/${name}`), name, 'dax:DescribeClusters');
      // Encryption at rest is fixed at creation; a cluster without an SSE description has none.
      r.known('sseEnabled', c.SSEDescription?.Status === 'ENABLED');
      r.known('clusterEndpointEncryptionType', c.ClusterEndpointEncryptionType ?? 'NONE');
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    }
  },
};

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const ANALYTICS_COLLECTORS: readonly Collector[] = [efsCollector, elasticacheCollector, opensearchCollector, redshiftCollector, daxCollector];
