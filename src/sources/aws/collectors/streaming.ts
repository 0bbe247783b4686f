import { DescribeStreamSummaryCommand, KinesisClient, ListStreamsCommand } from '@aws-sdk/client-kinesis';
import type { ListStreamsCommandOutput } from '@aws-sdk/client-kinesis';
import { KafkaClient, paginateListClustersV2 } from '@aws-sdk/client-kafka';
import type { Cluster as KafkaCluster } from '@aws-sdk/client-kafka';
import { DescribeClustersCommand, DescribeTaskDefinitionCommand, ECSClient, paginateListClusters, paginateListTaskDefinitionFamilies } from '@aws-sdk/client-ecs';
import type { Cluster as EcsCluster, TaskDefinition } from '@aws-sdk/client-ecs';
import type { JsonValue } from '../../../core/index.js';
import { apiErrorCause } from '../../../core/index.js';
import { ecsCluster, ecsTaskDefinition } from '../../../core/types/aws/ecs.js';
import { kinesisStream, mskCluster } from '../../../core/types/aws/streaming.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';

const NOT_FOUND = ['ResourceNotFoundException'];

/**
 * ListStreams pages: the API hands out NextToken, older endpoints (and emulators) only
 * HasMoreStreams, continued from the last name seen. Either way every page is read.
 */
async function* listStreamPages(kinesis: KinesisClient): AsyncIterable<ListStreamsCommandOutput> {
  let nextToken: string | undefined;
  let startAfter: string | undefined;
  for (;;) {
    const page = await kinesis.send(new ListStreamsCommand(nextToken ? { NextToken: nextToken } : { Limit: 100, ...(startAfter ? { ExclusiveStartStreamName: startAfter } : {}) }));
    yield page;
    const names = page.StreamNames ?? [];
    if (page.NextToken) {
      nextToken = page.NextToken;
    } else if (page.HasMoreStreams && names.length > 0 && names[names.length - 1] !== startAfter) {
      nextToken = undefined;
      startAfter = names[names.length - 1];
    } else {
      return;
    }
  }
}

export const kinesisCollector: Collector = {
  service: 'kinesis',
  scope: 'regional',
  types: [kinesisStream.type],
  actions: ['kinesis:DescribeStreamSummary', 'kinesis:ListStreams'],
  async collect(s) {
    const kinesis = s.client(KinesisClient);
    const listed = await s.all('kinesis:ListStreams', () => listStreamPages(kinesis));
    if (listed.kind !== 'ok') return s.unlisted(kinesisStream, s.arn('kinesis', 'stream/*'), listed);
    const names = [...new Set(listed.value.flatMap((p) => p.StreamNames ?? []))].sort();
    await mapLimit(names, 8, async (name) => {
      const got = await s.call('kinesis:DescribeStreamSummary', () => kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name })), { absentOn: NOT_FOUND });
      // Deleted between the listing and the describe: nothing left to judge.
      if (got.kind === 'absent') return;
      const d = got.kind === 'ok' ? got.value.StreamDescriptionSummary : undefined;
      const r = s.resource(kinesisStream.type, d?.StreamARN ?? s.arn('kinesis', `stream/${name}`), name, 'kinesis:ListStreams');
      r.from('kinesis:DescribeStreamSummary', got, (v) => {
        const type = v.StreamDescriptionSummary?.EncryptionType ?? 'NONE';
        return { encryptionType: type, keyId: type === 'KMS' ? v.StreamDescriptionSummary?.KeyId : undefined };
      }, ['encryptionType', 'keyId']);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    });
  },
};

/**
 * Provisioned MSK clusters. ListClustersV2 returns the full cluster description (encryption,
 * logging, tags), so one paginated listing is all it takes. Serverless clusters are skipped: they
 * are always TLS-only and have no broker settings to judge.
 */
export const mskCollector: Collector = {
  service: 'kafka',
  scope: 'regional',
  types: [mskCluster.type],
  actions: ['kafka:ListClustersV2'],
  async collect(s) {
    const kafka = s.client(KafkaClient);
    const listed = await s.all('kafka:ListClustersV2', () => paginateListClustersV2({ client: kafka }, { ClusterTypeFilter: 'PROVISIONED' }));
    if (listed.kind !== 'ok') return s.unlisted(mskCluster, s.arn('kafka', 'cluster/*'), listed);
    const clusters = listed.value.flatMap((p) => p.ClusterInfoList ?? []).filter((c) => c.ClusterType !== 'SERVERLESS');
    for (const c of clusters.sort((x, y) => (x.ClusterArn ?? '').localeCompare(y.ClusterArn ?? ''))) emitMskCluster(s, c);
  },
};

function emitMskCluster(s: Scope, c: KafkaCluster): void {
  const name = c.ClusterName ?? '';
  const r = s.resource(mskCluster.type, c.ClusterArn ?? s.arn('kafka', `cluster/${name}`), name, 'kafka:ListClustersV2');
  const p = c.Provisioned;
  const transit = p?.EncryptionInfo?.EncryptionInTransit;
  // Left out by the API means the service default (TLS only, TLS between brokers, the aws/kafka key).
  r.known('clientBroker', transit?.ClientBroker).known('inCluster', transit?.InCluster);
  r.known('dataVolumeKmsKeyId', p?.EncryptionInfo?.EncryptionAtRest?.DataVolumeKMSKeyId || undefined);
  const logs = p?.LoggingInfo?.BrokerLogs;
  r.known('brokerLogs', { cloudWatchLogs: logs?.CloudWatchLogs?.Enabled ?? false, firehose: logs?.Firehose?.Enabled ?? false, s3: logs?.S3?.Enabled ?? false });
  const kms = p?.EncryptionInfo?.EncryptionAtRest?.DataVolumeKMSKeyId;
  if (kms) r.rel('encrypted-by', kms);
  r.tags(Object.fromEntries(Object.entries(c.Tags ?? {}).sort(([a], [b]) => a.localeCompare(b))));
  s.emit(r);
}

/** DescribeClusters takes at most 100 clusters per call. */
const ECS_DESCRIBE_BATCH = 100;

/**
 * ECS clusters with their settings (Container Insights), and the latest ACTIVE revision of each
 * task definition family. Container environment values can hold credentials: only the variable
 * names are kept, as `container/NAME`, never the values.
 */
export const ecsCollector: Collector = {
  service: 'ecs',
  scope: 'regional',
  types: [ecsCluster.type, ecsTaskDefinition.type],
  actions: ['ecs:DescribeClusters', 'ecs:DescribeTaskDefinition', 'ecs:ListClusters', 'ecs:ListTaskDefinitionFamilies'],
  async collect(s) {
    const ecs = s.client(ECSClient);
    await Promise.all([collectEcsClusters(s, ecs), collectTaskDefinitions(s, ecs)]);
  },
};

async function collectEcsClusters(s: Scope, ecs: ECSClient): Promise<void> {
  const listed = await s.all('ecs:ListClusters', () => paginateListClusters({ client: ecs, pageSize: 100 }, {}));
  if (listed.kind !== 'ok') return s.unlisted(ecsCluster, s.arn('ecs', 'cluster/*'), listed);
  const arns = [...new Set(listed.value.flatMap((p) => p.clusterArns ?? []))].sort();
  const batches: string[][] = [];
  for (let i = 0; i < arns.length; i += ECS_DESCRIBE_BATCH) batches.push(arns.slice(i, i + ECS_DESCRIBE_BATCH));
  await mapLimit(batches, 4, async (batch) => {
    const got = await s.call('ecs:DescribeClusters', () => ecs.send(new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'TAGS'] })));
    const described = new Map<string, EcsCluster>();
    const failed = new Map<string, string>();
    if (got.kind === 'ok') {
      for (const c of got.value.clusters ?? []) if (c.clusterArn) described.set(c.clusterArn, c);
      for (const f of got.value.failures ?? []) if (f.arn) failed.set(f.arn, f.reason ?? 'unknown');
    }
    for (const arn of batch) {
      const c = described.get(arn);
      // MISSING: deleted since the listing. INACTIVE clusters are deleted ones still shown for a while.
      if (failed.get(arn) === 'MISSING' || c?.status === 'INACTIVE') continue;
      const r = s.resource(ecsCluster.type, arn, c?.clusterName ?? arn.split('/').pop() ?? arn, 'ecs:ListClusters').op('ecs:DescribeClusters');
      if (got.kind === 'error') {
        r.unknown('containerInsights', got.cause).tagsUnknown(got.cause);
      } else if (!c) {
        const cause = apiErrorCause('ecs:DescribeClusters', failed.get(arn) ?? 'NotReturned', 'the cluster was listed but not described');
        r.unknown('containerInsights', cause).tagsUnknown(cause);
      } else {
        r.known('containerInsights', c.settings?.find((x) => x.name === 'containerInsights')?.value);
        r.tags(tagMap((c.tags ?? []).map((t) => ({ Key: t.key, Value: t.value }))));
      }
      s.emit(r);
    }
  });
}

async function collectTaskDefinitions(s: Scope, ecs: ECSClient): Promise<void> {
  const listed = await s.all('ecs:ListTaskDefinitionFamilies', () => paginateListTaskDefinitionFamilies({ client: ecs, pageSize: 100 }, { status: 'ACTIVE' }));
  if (listed.kind !== 'ok') return s.unlisted(ecsTaskDefinition, s.arn('ecs', 'task-definition/*'), listed);
  const families = [...new Set(listed.value.flatMap((p) => p.families ?? []))].sort();
  await mapLimit(families, 8, async (family) => {
    // A bare family name resolves to its latest ACTIVE revision.
    const got = await s.call('ecs:DescribeTaskDefinition', () => ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] })));
    const td = got.kind === 'ok' ? got.value.taskDefinition : undefined;
    const r = s.resource(ecsTaskDefinition.type, td?.taskDefinitionArn ?? s.arn('ecs', `task-definition/${family}`), family, 'ecs:ListTaskDefinitionFamilies');
    r.from('ecs:DescribeTaskDefinition', got, (v) => taskAttributes(v.taskDefinition), ['efsVolumes', 'environmentVariableNames']);
    if (got.kind === 'ok') r.tags(tagMap((got.value.tags ?? []).map((t) => ({ Key: t.key, Value: t.value }))));
    else if (got.kind === 'error') r.tagsUnknown(got.cause);
    s.emit(r);
  });
}

/** The judged parts of a task definition: EFS volumes and the names (only) of plain-text environment variables. */
export function taskAttributes(td: TaskDefinition | undefined): Record<string, JsonValue | undefined> {
  const efsVolumes: JsonValue[] = [];
  for (const v of td?.volumes ?? []) {
    const efs = v.efsVolumeConfiguration;
    if (!efs) continue;
    efsVolumes.push({ name: v.name ?? '', transitEncryption: efs.transitEncryption ?? 'DISABLED' });
  }
  const names: string[] = [];
  for (const c of td?.containerDefinitions ?? []) {
    for (const e of c.environment ?? []) if (e.name !== undefined) names.push(`${c.name ?? '?'}/${e.name}`);
  }
  return { efsVolumes, environmentVariableNames: names.sort() };
}

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const STREAMING_COLLECTORS: readonly Collector[] = [kinesisCollector, mskCollector, ecsCollector];
