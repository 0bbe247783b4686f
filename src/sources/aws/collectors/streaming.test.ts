/**
 * The streaming collectors against a canned HTTP endpoint answering in the real API shapes: MSK
 * (including what moto leaves out, such as the aws/kafka key ARN of a cluster created with defaults), the ListStreams paging
 * variants and the 100-cluster batches of ECS DescribeClusters.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Resource } from '../../../core/index.js';
import { builtinResourceTypes } from '../../../core/index.js';
import { evaluate } from '../../../engine/index.js';
import { builtinRules } from '../../../rules/index.js';
import { Scope } from '../scope.js';
import { AwsSession } from '../session.js';
import type { Collector } from '../scope.js';
import { ecsCollector, kinesisCollector, mskCollector } from './streaming.js';

interface Call {
  method: string;
  url: string;
  target: string;
  body: Record<string, unknown>;
}
type Answer = { status: number; body: unknown; errorType?: string };
type Handler = (call: Call) => Answer;

let server: Server;
let endpoint = '';
let handler: Handler = () => ({ status: 500, body: {} });
const calls: Call[] = [];

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void read(req).then((text) => {
      const call: Call = { method: req.method ?? 'GET', url: req.url ?? '/', target: String(req.headers['x-amz-target'] ?? ''), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      calls.push(call);
      const a = handler(call);
      const out = JSON.stringify(a.body);
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.errorType ? { 'x-amzn-errortype': a.errorType } : {}) });
      res.end(out);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  calls.length = 0;
});

async function run(collector: Collector): Promise<{ resources: readonly Resource[]; session: AwsSession }> {
  const session = new AwsSession({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' }, endpointUrl: endpoint, maxAttempts: 1, perClientConcurrency: 4 });
  const scope = new Scope(session, collector.service, 'us-east-1', '123456789012', 'aws', ['us-east-1']);
  await collector.collect(scope);
  session.destroy();
  return { resources: scope.resources, session };
}

function statuses(resources: readonly Resource[], extra: Resource[] = []): Record<string, string> {
  const { findings } = evaluate([...resources, ...extra], { rules: builtinRules(), types: builtinResourceTypes() });
  const out: Record<string, string> = {};
  for (const f of findings) if (resources.some((r) => r.uid === f.resource.uid)) out[`${f.resource.name} ${f.ruleId}`] = f.status;
  return out;
}

const ARN = 'arn:aws:kafka:us-east-1:123456789012:cluster';
const CUSTOMER_KEY = 'arn:aws:kms:us-east-1:123456789012:key/11111111-1111-1111-1111-111111111111';
const AWS_KAFKA_KEY = 'arn:aws:kms:us-east-1:123456789012:key/22222222-2222-2222-2222-222222222222';

function kafkaCluster(name: string, provisioned: Record<string, unknown> | undefined, type = 'PROVISIONED'): Record<string, unknown> {
  return { clusterArn: `${ARN}/${name}/uuid`, clusterName: name, clusterType: type, creationTime: '2026-01-01T00:00:00.000Z', state: 'ACTIVE', tags: { team: 'data' }, ...(provisioned ? { provisioned: { brokerNodeGroupInfo: { clientSubnets: ['subnet-1'], instanceType: 'kafka.m5.large' }, ...provisioned } } : {}) };
}

describe('mskCollector', () => {
  it('reads every ListClustersV2 page and models encryption and broker logs; rules judge them', async () => {
    handler = (c) => {
      expect(c.method).toBe('GET');
      expect(c.url).toMatch(/^\/api\/v2\/clusters\?/);
      expect(c.url).toContain('clusterTypeFilter=PROVISIONED');
      if (!c.url.includes('nextToken=page2')) {
        const good = kafkaCluster('good-msk', {
          encryptionInfo: { encryptionAtRest: { dataVolumeKMSKeyId: CUSTOMER_KEY }, encryptionInTransit: { clientBroker: 'TLS', inCluster: true } },
          loggingInfo: { brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: 'brokers' }, firehose: { enabled: false }, s3: { enabled: false } } },
        });
        return { status: 200, body: { clusterInfoList: [good], nextToken: 'page2' } };
      }
      // As the API answers for a cluster created with defaults: the aws/kafka key ARN, TLS only, no logs.
      const defaults = kafkaCluster('bad-msk-defaults', { encryptionInfo: { encryptionAtRest: { dataVolumeKMSKeyId: AWS_KAFKA_KEY }, encryptionInTransit: { clientBroker: 'TLS', inCluster: true } } });
      const plain = kafkaCluster('bad-msk-plaintext', { encryptionInfo: { encryptionInTransit: { clientBroker: 'TLS_PLAINTEXT', inCluster: false } }, loggingInfo: { brokerLogs: { s3: { enabled: false, bucket: 'b' } } } });
      return { status: 200, body: { clusterInfoList: [defaults, plain, kafkaCluster('serverless', undefined, 'SERVERLESS')] } };
    };
    const { resources, session } = await run(mskCollector);
    expect(session.issues()).toEqual([]);
    expect(calls).toHaveLength(2);
    expect(resources.map((r) => r.name)).toEqual(['bad-msk-defaults', 'bad-msk-plaintext', 'good-msk']);
    const good = resources.find((r) => r.name === 'good-msk')!;
    expect(good.attributes).toEqual({
      brokerLogs: { state: 'known', value: { cloudWatchLogs: true, firehose: false, s3: false } },
      clientBroker: { state: 'known', value: 'TLS' },
      dataVolumeKmsKeyId: { state: 'known', value: CUSTOMER_KEY },
      inCluster: { state: 'known', value: true },
    });
    expect(good.tags).toEqual({ team: 'data' });
    expect(good.uid).toBe(`${ARN}/good-msk/uuid`);
    // Both keys are judged through the scanned KMS keys (as a live scan collects them); a key of the
    // account missing from them would be unknown (ERROR), see src/rules/aws/lib/customer-key.ts.
    const awsKey: Resource = { uid: AWS_KAFKA_KEY, provider: 'aws', type: 'aws.kms.key', account: '123456789012', region: 'us-east-1', name: '22222222', tags: {}, attributes: { keyManager: { state: 'known', value: 'AWS' } }, provenance: { kind: 'live', source: 'aws', operations: ['kms:DescribeKey'] } };
    const customerKey: Resource = { ...awsKey, uid: CUSTOMER_KEY, name: '11111111', attributes: { keyManager: { state: 'known', value: 'CUSTOMER' } } };
    expect(statuses(resources, [awsKey, customerKey])).toEqual({
      'good-msk aws-msk-cluster-broker-logging': 'PASS',
      'good-msk aws-msk-cluster-customer-key': 'PASS',
      'good-msk aws-msk-cluster-encrypted-in-transit': 'PASS',
      'bad-msk-defaults aws-msk-cluster-broker-logging': 'FAIL',
      'bad-msk-defaults aws-msk-cluster-customer-key': 'FAIL',
      'bad-msk-defaults aws-msk-cluster-encrypted-in-transit': 'PASS',
      'bad-msk-plaintext aws-msk-cluster-broker-logging': 'FAIL',
      'bad-msk-plaintext aws-msk-cluster-customer-key': 'FAIL',
      'bad-msk-plaintext aws-msk-cluster-encrypted-in-transit': 'FAIL',
    });
  });

  it('a failed listing leaves one placeholder whose rules all ERROR, never PASS', async () => {
    handler = () => ({ status: 403, body: { message: 'not allowed' }, errorType: 'AccessDeniedException' });
    const { resources, session } = await run(mskCollector);
    expect(session.issues()).toMatchObject([{ operation: 'kafka:ListClustersV2', errorCode: 'AccessDeniedException' }]);
    expect(resources).toHaveLength(1);
    const s = statuses(resources);
    expect(Object.keys(s)).toHaveLength(3);
    for (const [k, v] of Object.entries(s)) expect(v, k).toBe('ERROR');
  });
});

describe('kinesisCollector', () => {
  it('follows HasMoreStreams when no NextToken comes back, and NextToken when it does', async () => {
    const described: string[] = [];
    handler = (c) => {
      if (c.target === 'Kinesis_20131202.ListStreams') {
        if (c.body.NextToken === 't2') return { status: 200, body: { StreamNames: ['s3'], HasMoreStreams: false } };
        if (c.body.ExclusiveStartStreamName === 's1') return { status: 200, body: { StreamNames: ['s2'], HasMoreStreams: true, NextToken: 't2' } };
        return { status: 200, body: { StreamNames: ['s1'], HasMoreStreams: true } };
      }
      const name = String(c.body.StreamName);
      described.push(name);
      if (name === 's2') return { status: 400, body: { message: 'gone' }, errorType: 'ResourceNotFoundException' };
      const kms = name === 's1';
      return { status: 200, body: { StreamDescriptionSummary: { StreamName: name, StreamARN: `arn:aws:kinesis:us-east-1:123456789012:stream/${name}`, StreamStatus: 'ACTIVE', EncryptionType: kms ? 'KMS' : 'NONE', ...(kms ? { KeyId: 'alias/aws/kinesis' } : {}) } } };
    };
    const { resources, session } = await run(kinesisCollector);
    expect(session.issues()).toEqual([]);
    expect(described.sort()).toEqual(['s1', 's2', 's3']);
    // s2 was deleted between the listing and the describe.
    expect(resources.map((r) => [r.name, r.attributes.encryptionType, r.attributes.keyId])).toEqual([
      ['s1', { state: 'known', value: 'KMS' }, { state: 'known', value: 'alias/aws/kinesis' }],
      ['s3', { state: 'known', value: 'NONE' }, { state: 'absent' }],
    ]);
    expect(statuses(resources)).toEqual({ 's1 aws-kinesis-stream-encrypted': 'PASS', 's3 aws-kinesis-stream-encrypted': 'FAIL' });
  });

  it('a failed describe keeps the stream with unknown encryption: the rule ERRORs', async () => {
    handler = (c) => (c.target.endsWith('ListStreams') ? { status: 200, body: { StreamNames: ['s1'], HasMoreStreams: false } } : { status: 400, body: { message: 'no' }, errorType: 'AccessDeniedException' });
    const { resources } = await run(kinesisCollector);
    expect(resources[0]!.attributes.encryptionType).toMatchObject({ state: 'unknown', cause: { operation: 'kinesis:DescribeStreamSummary', errorCode: 'AccessDeniedException' } });
    expect(statuses(resources)).toEqual({ 's1 aws-kinesis-stream-encrypted': 'ERROR' });
  });
});

describe('ecsCollector', () => {
  const clusterArn = (i: number) => `arn:aws:ecs:us-east-1:123456789012:cluster/c${String(i).padStart(3, '0')}`;

  it('describes clusters in batches of 100, skips deleted ones and keeps task environment names only', async () => {
    handler = (c) => {
      switch (c.target.split('.').pop()) {
        case 'ListClusters':
          return { status: 200, body: { clusterArns: [...Array(150).keys()].map(clusterArn) } };
        case 'DescribeClusters': {
          const arns = c.body.clusters as string[];
          return {
            status: 200,
            body: {
              clusters: arns.filter((a) => !a.endsWith('c007')).map((a) => ({ clusterArn: a, clusterName: a.split('/').pop(), status: a.endsWith('c008') ? 'INACTIVE' : 'ACTIVE', settings: a.endsWith('c000') ? [{ name: 'containerInsights', value: 'enhanced' }] : [], tags: [] })),
              failures: arns.filter((a) => a.endsWith('c007')).map((a) => ({ arn: a, reason: 'MISSING' })),
            },
          };
        }
        case 'ListTaskDefinitionFamilies':
          return { status: 200, body: { families: ['web'] } };
        case 'DescribeTaskDefinition':
          return {
            status: 200,
            body: {
              taskDefinition: {
                taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:12',
                family: 'web',
                revision: 12,
                containerDefinitions: [{ name: 'app', environment: [{ name: 'DB_PASSWORD', value: 'hunter2-plain-text' }] }],
                volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1' } }, { name: 'scratch', host: {} }],
              },
              tags: [{ key: 'team', value: 'web' }],
            },
          };
        default:
          return { status: 400, body: { message: c.target }, errorType: 'UnknownOperationException' };
      }
    };
    const { resources, session } = await run(ecsCollector);
    expect(session.issues()).toEqual([]);
    const batches = calls.filter((c) => c.target.endsWith('DescribeClusters')).map((c) => c.body as { clusters: string[]; include: string[] });
    expect(batches.map((b) => b.clusters.length).sort()).toEqual([100, 50]);
    expect(batches[0]!.include).toEqual(['SETTINGS', 'TAGS']);
    expect(calls.find((c) => c.target.endsWith('DescribeTaskDefinition'))!.body).toEqual({ taskDefinition: 'web', include: ['TAGS'] });
    const clusters = resources.filter((r) => r.type === 'aws.ecs.cluster');
    expect(clusters).toHaveLength(148);
    expect(clusters.find((r) => r.name === 'c000')!.attributes.containerInsights).toEqual({ state: 'known', value: 'enhanced' });
    expect(clusters.find((r) => r.name === 'c001')!.attributes.containerInsights).toEqual({ state: 'absent' });
    const task = resources.find((r) => r.type === 'aws.ecs.task-definition')!;
    expect([task.uid, task.name, task.tags]).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/web:12', 'web', { team: 'web' }]);
    expect(task.attributes.environmentVariableNames).toEqual({ state: 'known', value: ['app/DB_PASSWORD'] });
    expect(task.attributes.efsVolumes).toEqual({ state: 'known', value: [{ name: 'data', transitEncryption: 'DISABLED' }] });
    expect(JSON.stringify(resources)).not.toContain('hunter2');
    const s = statuses(resources);
    expect([s['c000 aws-ecs-cluster-container-insights'], s['c001 aws-ecs-cluster-container-insights']]).toEqual(['PASS', 'FAIL']);
    expect([s['web aws-ecs-task-no-secrets-in-environment'], s['web aws-ecs-task-efs-transit-encryption']]).toEqual(['FAIL', 'FAIL']);
  });

  it('a failed DescribeClusters or DescribeTaskDefinition makes the attributes unknown: rules ERROR', async () => {
    handler = (c) => {
      const op = c.target.split('.').pop();
      if (op === 'ListClusters') return { status: 200, body: { clusterArns: [clusterArn(1)] } };
      if (op === 'ListTaskDefinitionFamilies') return { status: 200, body: { families: ['web'] } };
      return { status: 400, body: { message: 'no' }, errorType: 'AccessDeniedException' };
    };
    const { resources, session } = await run(ecsCollector);
    expect(session.issues().map((i) => i.operation).sort()).toEqual(['ecs:DescribeClusters', 'ecs:DescribeTaskDefinition']);
    expect(resources).toHaveLength(2);
    const s = statuses(resources);
    expect(Object.keys(s)).toHaveLength(3);
    for (const [k, v] of Object.entries(s)) expect(v, k).toBe('ERROR');
  });
});
