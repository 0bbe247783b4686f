/**
 * Failure paths and pagination of the edge collectors (CloudFront, API Gateway, Config aggregators,
 * launch configurations) against a small canned upstream behind the fault proxy: no emulator needed.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../src/core/index.js';
import { builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { apigatewayRestCollector, apigatewayV2Collector, cloudfrontCollector, configAggregatorCollector, launchConfigurationCollector } from '../../src/sources/aws/collectors/edge.js';
import type { Collector } from '../../src/sources/aws/scope.js';
import { Scope } from '../../src/sources/aws/scope.js';
import { AwsSession } from '../../src/sources/aws/session.js';
import type { FaultPolicy, FaultProxy } from './proxy.js';
import { startFaultProxy } from './proxy.js';
import { TEST_CREDENTIALS } from './moto.js';

const ACCOUNT = '123456789012';

/** Answers the listings of API Gateway (two pages each) and CloudFront; everything else is 404. */
function cannedAnswer(method: string, url: URL): { status: number; type: string; body: string } {
  const json = (body: unknown) => ({ status: 200, type: 'application/json', body: JSON.stringify(body) });
  if (method === 'GET' && url.pathname === '/restapis') {
    return url.searchParams.get('position') === 'p2' ? json({ item: [{ id: 'rest2', name: 'second-rest' }] }) : json({ item: [{ id: 'rest1', name: 'first-rest' }], position: 'p2' });
  }
  if (method === 'GET' && url.pathname === '/v2/apis') {
    return url.searchParams.get('nextToken') === 't2' ? json({ items: [{ apiId: 'http2', name: 'second-http', protocolType: 'HTTP' }] }) : json({ items: [{ apiId: 'http1', name: 'first-http', protocolType: 'HTTP' }], nextToken: 't2' });
  }
  if (method === 'GET' && url.pathname === '/v2/apis/http1/stages') {
    return url.searchParams.get('nextToken') === 's2' ? json({ items: [{ stageName: 'two' }] }) : json({ items: [{ stageName: 'one', accessLogSettings: { destinationArn: 'arn:aws:logs:eu-west-1:123456789012:log-group:x' } }], nextToken: 's2' });
  }
  if (method === 'GET' && url.pathname === '/v2/apis/http2/stages') return json({ items: [] });
  if (method === 'GET' && url.pathname === '/restapis/rest1/stages') return json({ item: [{ stageName: 'prod', tracingEnabled: true, methodSettings: { '*/*': { cachingEnabled: true, cacheDataEncrypted: false } } }] });
  if (method === 'GET' && url.pathname === '/2020-05-31/distribution') {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Marker></Marker><MaxItems>100</MaxItems><IsTruncated>false</IsTruncated><Quantity>1</Quantity>' +
      '<Items><DistributionSummary><Id>E1EXAMPLE</Id><ARN>arn:aws:cloudfront::123456789012:distribution/E1EXAMPLE</ARN><DomainName>d1.cloudfront.net</DomainName>' +
      '<Aliases><Quantity>1</Quantity><Items><CNAME>www.example.com</CNAME></Items></Aliases></DistributionSummary></Items></DistributionList>';
    return { status: 200, type: 'text/xml', body };
  }
  return { status: 404, type: 'application/json', body: JSON.stringify({ __type: 'NotFoundException', message: `${method} ${url.pathname}` }) };
}

async function startUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const answer = cannedAnswer(req.method ?? 'GET', new URL(req.url ?? '/', 'http://upstream'));
      res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const denied = (service: string) => ({ status: 403, code: service === 'apigateway' || service === 'config' ? 'AccessDeniedException' : 'AccessDenied', message: 'not allowed' });

async function run(proxy: FaultProxy, collector: Collector): Promise<{ resources: readonly Resource[]; session: AwsSession }> {
  const session = new AwsSession({ credentials: TEST_CREDENTIALS, endpointUrl: proxy.url, maxAttempts: 1, perClientConcurrency: 4 });
  const scope = new Scope(session, collector.service, 'eu-west-1', ACCOUNT, 'aws', ['eu-west-1']);
  await collector.collect(scope);
  session.destroy();
  return { resources: scope.resources, session };
}

function statuses(resources: readonly Resource[]): string[] {
  return [...new Set(evaluate([...resources], { rules: builtinRules(), types: builtinResourceTypes() }).findings.map((f) => f.status))];
}

describe('edge collectors without an emulator', () => {
  let upstream: { url: string; server: Server };
  const proxies: FaultProxy[] = [];
  const proxy = async (policy: FaultPolicy) => {
    const p = await startFaultProxy(upstream.url, policy);
    proxies.push(p);
    return p;
  };

  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(async () => {
    for (const p of proxies) await p.close();
    await new Promise<void>((resolve) => upstream.server.close(() => resolve()));
  });

  it.each([
    [cloudfrontCollector, 'cloudfront:ListDistributions', 'AccessDenied'],
    [apigatewayRestCollector, 'apigateway:GET', 'AccessDeniedException'],
    [apigatewayV2Collector, 'apigateway:GET', 'AccessDeniedException'],
    [configAggregatorCollector, 'config:DescribeConfigurationAggregators', 'AccessDeniedException'],
    [launchConfigurationCollector, 'autoscaling:DescribeLaunchConfigurations', 'AccessDenied'],
  ])('%# a refused listing leaves one placeholder whose rules all ERROR, naming the call', async (collector, operation, code) => {
    const { resources, session } = await run(await proxy(({ service }) => denied(service)), collector);
    expect(resources).toHaveLength(1);
    const [placeholder] = resources;
    expect(placeholder!.type).toBe(collector.types[0]);
    for (const ev of Object.values(placeholder!.attributes)) expect(ev).toMatchObject({ state: 'unknown', cause: { operation, errorCode: code } });
    expect(statuses(resources)).toEqual(['ERROR']);
    expect(session.issues().map((i) => `${i.operation} ${i.errorCode}`)).toEqual([`${operation} ${code}`]);
  });

  it('follows every page of REST APIs and HTTP APIs and their stages', async () => {
    const p = await proxy(() => undefined);
    const rest = await run(p, apigatewayRestCollector);
    // rest2 has no stages route in the upstream (404): its stages become one placeholder, rest1's stage is read.
    expect(rest.resources.map((r) => r.name).sort()).toEqual(['(not listed: apigateway:GET NotFoundException)', 'first-rest/prod']);
    const prod = rest.resources.find((r) => r.name === 'first-rest/prod')!;
    expect(prod.uid).toBe('arn:aws:apigateway:eu-west-1::/restapis/rest1/stages/prod');
    expect(prod.attributes.methodSettings).toEqual({ state: 'known', value: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: false }] });
    expect(prod.attributes.accessLogDestinationArn).toEqual({ state: 'absent' });
    const placeholder = rest.resources.find((r) => r.name !== 'first-rest/prod')!;
    expect(placeholder.uid).toBe('arn:aws:apigateway:eu-west-1::/restapis/rest2/stages/*');

    const v2 = await run(p, apigatewayV2Collector);
    expect(v2.session.issues()).toEqual([]);
    expect(v2.resources.map((r) => r.name).sort()).toEqual(['first-http/one', 'first-http/two']);
    expect(v2.resources.find((r) => r.name === 'first-http/one')!.attributes.accessLogDestinationArn).toEqual({ state: 'known', value: 'arn:aws:logs:eu-west-1:123456789012:log-group:x' });
  });

  it('a refused stage read of one API ERRORs only that API', async () => {
    const p = await proxy(({ service, url }) => (url.includes('/stages') && url.includes('http1') ? denied(service) : undefined));
    const { resources, session } = await run(p, apigatewayV2Collector);
    expect(resources).toHaveLength(1);
    expect(resources[0]!.uid).toBe('arn:aws:apigateway:eu-west-1::/apis/http1/stages/*');
    expect(statuses(resources)).toEqual(['ERROR']);
    expect(session.issues()).toHaveLength(1);
  });

  it('a refused distribution configuration makes every attribute of that distribution unknown, never PASS', async () => {
    const p = await proxy(({ service, url }) => (url.endsWith('/config') ? denied(service) : undefined));
    const { resources } = await run(p, cloudfrontCollector);
    expect(resources).toHaveLength(1);
    const d = resources[0]!;
    expect(d.name).toBe('www.example.com');
    expect(d.uid).toBe('arn:aws:cloudfront::123456789012:distribution/E1EXAMPLE');
    expect(d.region).toBeUndefined();
    for (const ev of Object.values(d.attributes)) expect(ev).toMatchObject({ state: 'unknown', cause: { operation: 'cloudfront:GetDistributionConfig', errorCode: 'AccessDenied' } });
    expect(statuses(resources)).toEqual(['ERROR']);
  });
});
