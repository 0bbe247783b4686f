/**
 * The analytics collectors against a canned HTTP endpoint answering in the real API shapes, for
 * what the moto fixture cannot show: DescribeDomains batches of five, DAX NextToken paging, and
 * failed calls turning into unknown evidence (so rules give ERROR, never PASS).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Resource } from '../../../core/index.js';
import { builtinResourceTypes } from '../../../core/index.js';
import { liveResource } from '../../../core/fixtures.js';
import { evaluate } from '../../../engine/index.js';
import { builtinRules } from '../../../rules/index.js';
import type { Collector } from '../scope.js';
import { Scope } from '../scope.js';
import { AwsSession } from '../session.js';
import { daxCollector, efsCollector, elasticacheCollector, opensearchCollector, redshiftCollector } from './analytics.js';

interface Call {
  method: string;
  path: string;
  target: string;
  body: string;
}
interface Answer {
  status: number;
  body: string;
  contentType?: string;
  errorType?: string;
}
type Handler = (call: Call) => Answer;

let server: Server;
let endpoint = '';
let handler: Handler = () => ({ status: 500, body: '{}' });
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
    void read(req).then((body) => {
      const call: Call = { method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0] ?? '/', target: String(req.headers['x-amz-target'] ?? ''), body };
      calls.push(call);
      const a = handler(call);
      res.writeHead(a.status, { 'content-type': a.contentType ?? 'application/json', ...(a.errorType ? { 'x-amzn-errortype': a.errorType } : {}) });
      res.end(a.body);
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

/** `name ruleId` → status, for the findings on these resources. */
function statuses(resources: readonly Resource[], inventory: readonly Resource[] = []): Record<string, string> {
  const { findings } = evaluate([...resources, ...inventory], { rules: builtinRules(), types: builtinResourceTypes() });
  const out: Record<string, string> = {};
  for (const f of findings) if (resources.some((r) => r.uid === f.resource.uid)) out[`${f.resource.name} ${f.ruleId}`] = f.status;
  return out;
}

const json = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body) });
const jsonError = (status: number, code: string): Answer => ({ status, body: JSON.stringify({ __type: code, message: 'denied by the test' }), errorType: code });
const xml = (body: string): Answer => ({ status: 200, body, contentType: 'text/xml' });
const queryError = (status: number, code: string): Answer => ({ status, body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>denied by the test</Message></Error><RequestId>r</RequestId></ErrorResponse>`, contentType: 'text/xml' });

function domainStatus(name: string): Record<string, unknown> {
  return {
    DomainId: `123456789012/${name}`,
    DomainName: name,
    ARN: `arn:aws:es:us-east-1:123456789012:domain/${name}`,
    EngineVersion: 'OpenSearch_2.13',
    ClusterConfig: {},
    EncryptionAtRestOptions: { Enabled: true },
    NodeToNodeEncryptionOptions: { Enabled: true },
    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
    VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-b', 'subnet-a'] },
    LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:audit' }, SEARCH_SLOW_LOGS: { Enabled: false } },
  };
}

describe('opensearchCollector', () => {
  it('describes domains five at a time and models each one', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `domain-${String(i).padStart(2, '0')}`);
    handler = (c) => {
      if (c.method === 'GET' && c.path === '/2021-01-01/domain') return json({ DomainNames: [...names].reverse().map((DomainName) => ({ DomainName, EngineType: 'OpenSearch' })) });
      if (c.method === 'POST' && c.path === '/2021-01-01/opensearch/domain-info') return json({ DomainStatusList: (JSON.parse(c.body) as { DomainNames: string[] }).DomainNames.map(domainStatus) });
      return jsonError(400, 'UnexpectedCall');
    };
    const { resources, session } = await run(opensearchCollector);
    const batches = calls.filter((c) => c.path.endsWith('/domain-info')).map((c) => (JSON.parse(c.body) as { DomainNames: string[] }).DomainNames.length);
    expect(batches.sort()).toEqual([2, 5, 5]);
    expect(resources.map((r) => r.name)).toHaveLength(12);
    expect(session.issues()).toEqual([]);
    const one = resources.find((r) => r.name === 'domain-03')!;
    expect(one.uid).toBe('arn:aws:es:us-east-1:123456789012:domain/domain-03');
    expect(one.attributes.vpcSubnetIds).toEqual({ state: 'known', value: ['subnet-a', 'subnet-b'] });
    expect(one.attributes.logPublishing).toEqual({
      state: 'known',
      value: { AUDIT_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:audit' }, SEARCH_SLOW_LOGS: { enabled: false } },
    });
    expect(Object.entries(statuses([one])).filter(([, s]) => s !== 'PASS')).toEqual([]);
  });

  it('a failed DescribeDomains batch leaves its domains unknown (ERROR), the other batches judged', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `domain-${i}`);
    handler = (c) => {
      if (c.method === 'GET') return json({ DomainNames: names.map((DomainName) => ({ DomainName })) });
      const asked = (JSON.parse(c.body) as { DomainNames: string[] }).DomainNames;
      if (asked.includes('domain-0')) return jsonError(403, 'AccessDeniedException');
      return json({ DomainStatusList: asked.map(domainStatus) });
    };
    const { resources, session } = await run(opensearchCollector);
    expect(resources).toHaveLength(7);
    expect(session.issues().map((i) => `${i.operation} ${i.errorCode}`)).toEqual(['es:DescribeDomains AccessDeniedException']);
    const st = statuses(resources);
    for (const n of ['domain-0', 'domain-1', 'domain-2', 'domain-3', 'domain-4']) expect(st[`${n} aws-opensearch-domain-encrypted-at-rest`]).toBe('ERROR');
    for (const n of ['domain-5', 'domain-6']) expect(st[`${n} aws-opensearch-domain-encrypted-at-rest`]).toBe('PASS');
    expect(resources.find((r) => r.name === 'domain-0')!.attributes.tlsSecurityPolicy).toMatchObject({ state: 'unknown', cause: { operation: 'es:DescribeDomains', errorCode: 'AccessDeniedException' } });
  });

  it('reads a missing TLS policy as the service default, which fails the TLS rule', async () => {
    handler = (c) => (c.method === 'GET' ? json({ DomainNames: [{ DomainName: 'legacy' }] }) : json({ DomainStatusList: [{ ...domainStatus('legacy'), DomainEndpointOptions: { EnforceHTTPS: false } }] }));
    const { resources } = await run(opensearchCollector);
    expect(resources[0]!.attributes.tlsSecurityPolicy).toEqual({ state: 'known', value: 'Policy-Min-TLS-1-0-2019-07' });
    const st = statuses(resources);
    expect([st['legacy aws-opensearch-domain-tls-policy'], st['legacy aws-opensearch-domain-enforce-https']]).toEqual(['FAIL', 'FAIL']);
  });

  it('a failed listing gives one placeholder whose rules ERROR', async () => {
    handler = () => jsonError(403, 'AccessDeniedException');
    const { resources } = await run(opensearchCollector);
    expect(resources).toHaveLength(1);
    expect(new Set(Object.values(statuses(resources)))).toEqual(new Set(['ERROR']));
  });
});

describe('daxCollector', () => {
  it('follows NextToken across pages', async () => {
    handler = (c) => {
      const req = JSON.parse(c.body || '{}') as { NextToken?: string };
      const cluster = (name: string, sse: string | undefined, tls?: string) => ({ ClusterName: name, ClusterArn: `arn:aws:dax:us-east-1:123456789012:cache/${name}`, ...(sse ? { SSEDescription: { Status: sse } } : {}), ...(tls ? { ClusterEndpointEncryptionType: tls } : {}) });
      if (!req.NextToken) return json({ Clusters: [cluster('first', 'ENABLED', 'TLS')], NextToken: 'page-2' });
      return json({ Clusters: [cluster('second', 'DISABLED'), cluster('old', undefined)] });
    };
    const { resources } = await run(daxCollector);
    expect(calls.map((c) => c.target)).toEqual(['AmazonDAXV3.DescribeClusters', 'AmazonDAXV3.DescribeClusters']);
    expect(resources.map((r) => [r.name, r.attributes.sseEnabled, r.attributes.clusterEndpointEncryptionType])).toEqual([
      ['first', { state: 'known', value: true }, { state: 'known', value: 'TLS' }],
      ['second', { state: 'known', value: false }, { state: 'known', value: 'NONE' }],
      ['old', { state: 'known', value: false }, { state: 'known', value: 'NONE' }],
    ]);
    const st = statuses(resources);
    expect([st['first aws-dynamodb-dax-cluster-encrypted'], st['second aws-dynamodb-dax-cluster-encrypted']]).toEqual(['PASS', 'FAIL']);
  });

  it('a failure on a later page fails the whole listing (no partial list)', async () => {
    handler = (c) => ((JSON.parse(c.body || '{}') as { NextToken?: string }).NextToken ? jsonError(400, 'ServiceQuotaExceededException') : json({ Clusters: [{ ClusterName: 'first' }], NextToken: 'page-2' }));
    const { resources } = await run(daxCollector);
    expect(resources).toHaveLength(1);
    expect(resources[0]!.attributes.sseEnabled).toMatchObject({ state: 'unknown', cause: { operation: 'dax:DescribeClusters' } });
    expect(Object.values(statuses(resources))).toEqual(['ERROR']);
  });
});

const REDSHIFT_CLUSTERS = `<DescribeClustersResponse xmlns="http://redshift.amazonaws.com/doc/2012-12-01/"><DescribeClustersResult><Clusters>
<Cluster><ClusterIdentifier>warehouse</ClusterIdentifier><Encrypted>true</Encrypted><KmsKeyId>arn:aws:kms:us-east-1:123456789012:key/abc</KmsKeyId><PubliclyAccessible>false</PubliclyAccessible><ClusterSubnetGroupName>private</ClusterSubnetGroupName><Tags><Tag><Key>team</Key><Value>data</Value></Tag></Tags></Cluster>
</Clusters></DescribeClustersResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeClustersResponse>`;

describe('redshiftCollector', () => {
  it('a failed DescribeLoggingStatus makes only the audit-logging rule ERROR', async () => {
    handler = (c) => (c.body.includes('Action=DescribeClusters') ? xml(REDSHIFT_CLUSTERS) : queryError(403, 'AccessDenied'));
    const { resources, session } = await run(redshiftCollector);
    expect(resources).toHaveLength(1);
    const r = resources[0]!;
    expect(r.uid).toBe('arn:aws:redshift:us-east-1:123456789012:cluster:warehouse');
    expect(r.tags).toEqual({ team: 'data' });
    expect(r.attributes.clusterSubnetGroupName).toEqual({ state: 'known', value: 'private' });
    expect(r.attributes.loggingEnabled).toMatchObject({ state: 'unknown', cause: { operation: 'redshift:DescribeLoggingStatus', errorCode: 'AccessDenied' } });
    expect(session.issues().map((i) => i.operation)).toEqual(['redshift:DescribeLoggingStatus']);
    // The cluster's key, as the KMS collector would have read it: customer managed.
    const key = liveResource('aws.kms.key', 'abc', { keyManager: 'CUSTOMER' }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/abc' });
    expect(statuses(resources, [key])).toEqual({
      'warehouse aws-redshift-cluster-audit-logging': 'ERROR',
      'warehouse aws-redshift-cluster-customer-key': 'PASS',
      'warehouse aws-redshift-cluster-encrypted': 'PASS',
      'warehouse aws-redshift-cluster-not-public': 'PASS',
    });
  });
});

describe('listing failures', () => {
  it('EFS and ElastiCache listings that fail give placeholders whose rules ERROR', async () => {
    handler = (c) => (c.method === 'GET' ? jsonError(403, 'AccessDeniedException') : queryError(403, 'AccessDenied'));
    for (const collector of [efsCollector, elasticacheCollector]) {
      const { resources } = await run(collector);
      expect(resources).toHaveLength(1);
      const st = Object.values(statuses(resources));
      expect(st.length).toBeGreaterThan(0);
      expect(new Set(st)).toEqual(new Set(['ERROR']));
    }
  });
});
