/**
 * The Organizations and Access Analyzer collectors at the HTTP layer, without moto: the front of
 * proxy.ts (the Access Analyzer emulator) forwards everything else to a small upstream that answers
 * Organizations calls the way the service does (JSON 1.1, errors as `__type`). This covers the
 * states the one-account moto fixture cannot hold: no organisation, a billing-only member account,
 * a management account with only FullAWSAccess, refused calls.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccessAnalyzerClient, CreateAnalyzerCommand, GetAnalyzerCommand } from '@aws-sdk/client-accessanalyzer';
import type { Finding, Resource } from '../../src/core/index.js';
import { builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { accessAnalyzerCollector, organizationsCollector } from '../../src/sources/aws/collectors/organizations.js';
import type { Collector } from '../../src/sources/aws/scope.js';
import { Scope } from '../../src/sources/aws/scope.js';
import { AwsSession } from '../../src/sources/aws/session.js';
import type { FaultPolicy, MotoFront } from './proxy.js';
import { startMotoFront } from './proxy.js';

const ACCOUNT = '123456789012';
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

type Answer = { status: number; body: unknown };
/** Organizations operation → answer; an operation left out answers AccessDeniedException. */
let answers: Record<string, Answer> = {};
let upstreamResets = 0;
const denied: Answer = { status: 400, body: { __type: 'AccessDeniedException', Message: 'You don’t have permissions to access this resource.' } };

let upstream: Server;
let upstreamUrl: string;
let front: MotoFront;
let faults: FaultPolicy = () => undefined;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/moto-api/reset')) {
        upstreamResets++;
        res.end('{}');
        return;
      }
      const op = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      const answer = answers[op] ?? denied;
      const text = JSON.stringify(answer.body);
      res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  front = await startMotoFront(upstreamUrl, ACCOUNT, (req) => faults(req));
});

afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

afterEach(() => {
  answers = {};
  faults = () => undefined;
  front.accessAnalyzer.reset();
  front.accessAnalyzer.defaultPageSize = 100;
});

async function run(collector: Collector, region = 'us-east-1'): Promise<{ resources: readonly Resource[]; session: AwsSession }> {
  const session = new AwsSession({ credentials: CREDENTIALS, endpointUrl: front.url, maxAttempts: 2, perClientConcurrency: 4 });
  try {
    const scope = new Scope(session, collector.service, region, ACCOUNT, 'aws', [region]);
    await collector.collect(scope);
    return { resources: scope.resources, session };
  } finally {
    session.destroy();
  }
}

function finding(resources: readonly Resource[], ruleId: string): Finding {
  const f = evaluate([...resources], { rules: builtinRules(), types: builtinResourceTypes() }).findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no finding of ${ruleId}`);
  return f;
}

const FULL_ACCESS = { Id: 'p-FullAWSAccess', Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true };
const management = (featureSet = 'ALL') => ({ status: 200, body: { Organization: { Id: 'o-abc123', Arn: 'arn:aws:organizations::123456789012:organization/o-abc123', FeatureSet: featureSet, MasterAccountId: ACCOUNT } } });

describe('Organizations collector', () => {
  it('an account in no organisation is a fact: both rules FAIL, no collection issue', async () => {
    answers = { DescribeOrganization: { status: 400, body: { __type: 'AWSOrganizationsNotInUseException', Message: 'Your account is not a member of an organization.' } } };
    const { resources, session } = await run(organizationsCollector);
    expect(session.issues()).toEqual([]);
    const [account] = resources;
    expect(account!.attributes).toMatchObject({ inOrganization: { state: 'known', value: false }, organizationId: { state: 'absent' }, serviceControlPolicies: { state: 'known', value: [] } });
    expect(finding(resources, 'aws-organizations-all-features').status).toBe('FAIL');
    expect(finding(resources, 'aws-organizations-scp-attached').status).toBe('FAIL');
    expect([...session.calledActions]).toEqual(['organizations:DescribeOrganization']);
  });

  it('a member account: membership PASSes, SCPs it may not read ERROR naming the refused call', async () => {
    answers = { DescribeOrganization: { status: 200, body: { Organization: { Id: 'o-abc123', FeatureSet: 'ALL', MasterAccountId: '999999999999' } } } };
    const { resources, session } = await run(organizationsCollector);
    // Refusals are expected for a member account: the evidence says so, no collection error is raised.
    expect(session.issues()).toEqual([]);
    const account = resources[0]!;
    expect(account.attributes.isManagementAccount).toEqual({ state: 'known', value: false });
    expect(account.attributes.enabledPolicyTypes).toMatchObject({ state: 'unknown', cause: { operation: 'organizations:ListRoots', errorCode: 'AccessDeniedException' } });
    expect(account.attributes.serviceControlPolicies).toMatchObject({ state: 'unknown', cause: { operation: 'organizations:ListPolicies', errorCode: 'AccessDeniedException' } });
    expect(account.tags).toMatchObject({ $unknown: { operation: 'organizations:ListTagsForResource' } });
    expect(finding(resources, 'aws-organizations-all-features').status).toBe('PASS');
    const scp = finding(resources, 'aws-organizations-scp-attached');
    expect(scp.status).toBe('ERROR');
    expect(scp.message).toContain('organizations:ListRoots AccessDeniedException');
  });

  it('a member of a billing-only organisation FAILs both rules (such an organisation has no SCPs)', async () => {
    answers = { DescribeOrganization: { status: 200, body: { Organization: { Id: 'o-abc123', FeatureSet: 'CONSOLIDATED_BILLING', MasterAccountId: '999999999999' } } } };
    const { resources } = await run(organizationsCollector);
    expect(finding(resources, 'aws-organizations-all-features')).toMatchObject({ status: 'FAIL', message: expect.stringContaining('CONSOLIDATED_BILLING') });
    expect(finding(resources, 'aws-organizations-scp-attached').status).toBe('FAIL');
  });

  it('a management account with only FullAWSAccess attached FAILs the SCP rule', async () => {
    answers = {
      DescribeOrganization: management(),
      ListRoots: { status: 200, body: { Roots: [{ Id: 'r-ab12', Name: 'Root', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }, { Type: 'TAG_POLICY', Status: 'PENDING_DISABLE' }] }] } },
      ListPolicies: { status: 200, body: { Policies: [FULL_ACCESS] } },
      DescribePolicy: { status: 200, body: { Policy: { PolicySummary: FULL_ACCESS, Content: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' } } },
      ListTargetsForPolicy: { status: 200, body: { Targets: [{ TargetId: 'r-ab12', Type: 'ROOT', Name: 'Root' }] } },
      ListTagsForResource: { status: 200, body: { Tags: [{ Key: 'Name', Value: 'payer' }] } },
    };
    const { resources, session } = await run(organizationsCollector);
    expect(session.issues()).toEqual([]);
    const account = resources[0]!;
    expect(account.tags).toEqual({ Name: 'payer' });
    expect(account.attributes.enabledPolicyTypes).toEqual({ state: 'known', value: ['SERVICE_CONTROL_POLICY'] });
    expect(account.attributes.serviceControlPolicies).toEqual({
      state: 'known',
      value: [{ id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, targets: [{ id: 'r-ab12', type: 'ROOT' }] }],
    });
    expect(finding(resources, 'aws-organizations-all-features').status).toBe('PASS');
    expect(finding(resources, 'aws-organizations-scp-attached')).toMatchObject({ status: 'FAIL', message: expect.stringContaining('FullAWSAccess') });
  });

  it('a management account refused one policy call: SCPs are unknown naming it, an issue is raised, the rule ERRORs', async () => {
    answers = {
      DescribeOrganization: management(),
      ListRoots: { status: 200, body: { Roots: [{ Id: 'r-ab12', PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }] } },
      ListPolicies: { status: 200, body: { Policies: [FULL_ACCESS] } },
      DescribePolicy: { status: 200, body: { Policy: { PolicySummary: FULL_ACCESS, Content: '{}' } } },
      ListTagsForResource: { status: 200, body: { Tags: [] } },
    };
    const { resources, session } = await run(organizationsCollector);
    expect(session.issues().map((i) => `${i.operation} ${i.errorCode}`)).toEqual(['organizations:ListTargetsForPolicy AccessDeniedException']);
    expect(resources[0]!.attributes.serviceControlPolicies).toMatchObject({ state: 'unknown', cause: { operation: 'organizations:ListTargetsForPolicy' } });
    const scp = finding(resources, 'aws-organizations-scp-attached');
    expect(scp.status).toBe('ERROR');
    expect(scp.message).toContain('organizations:ListTargetsForPolicy AccessDeniedException');
  });

  it('DescribeOrganization refused: every attribute unknown, both rules ERROR', async () => {
    const { resources, session } = await run(organizationsCollector);
    expect(session.issues().map((i) => `${i.operation} ${i.errorCode}`)).toEqual(['organizations:DescribeOrganization AccessDeniedException']);
    for (const ev of Object.values(resources[0]!.attributes)) expect(ev).toMatchObject({ state: 'unknown', cause: { operation: 'organizations:DescribeOrganization' } });
    expect(finding(resources, 'aws-organizations-all-features').status).toBe('ERROR');
    expect(finding(resources, 'aws-organizations-scp-attached').status).toBe('ERROR');
  });
});

describe('Access Analyzer emulator and collector', () => {
  const client = (region = 'us-east-1') => new AccessAnalyzerClient({ region, endpoint: front.url, credentials: CREDENTIALS, maxAttempts: 1 });

  it('keeps analyzers per region, drains every page, and resets with moto', async () => {
    const us = client();
    await us.send(new CreateAnalyzerCommand({ analyzerName: 'c-org', type: 'ORGANIZATION' }));
    await us.send(new CreateAnalyzerCommand({ analyzerName: 'a-account', type: 'ACCOUNT' }));
    await us.send(new CreateAnalyzerCommand({ analyzerName: 'b-unused', type: 'ACCOUNT_UNUSED_ACCESS' }));
    await expect(us.send(new CreateAnalyzerCommand({ analyzerName: 'a-account', type: 'ACCOUNT' }))).rejects.toMatchObject({ name: 'ConflictException' });
    expect((await us.send(new GetAnalyzerCommand({ analyzerName: 'c-org' }))).analyzer).toMatchObject({ arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/c-org`, status: 'ACTIVE' });
    us.destroy();
    front.accessAnalyzer.defaultPageSize = 2;

    const { resources, session } = await run(accessAnalyzerCollector);
    expect(session.issues()).toEqual([]);
    // Two pages of ListAnalyzers, both read.
    expect(session.stats.apiCalls).toBe(2);
    expect(resources[0]!.attributes.analyzers).toEqual({
      state: 'known',
      value: [
        { name: 'a-account', type: 'ACCOUNT', status: 'ACTIVE' },
        { name: 'b-unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' },
        { name: 'c-org', type: 'ORGANIZATION', status: 'ACTIVE' },
      ],
    });
    expect(finding(resources, 'aws-accessanalyzer-enabled').status).toBe('PASS');

    const eu = await run(accessAnalyzerCollector, 'eu-west-1');
    expect(eu.resources[0]!.attributes.analyzers).toEqual({ state: 'known', value: [] });
    expect(finding(eu.resources, 'aws-accessanalyzer-enabled').status).toBe('FAIL');

    const before = upstreamResets;
    expect((await fetch(`${front.url}/moto-api/reset`, { method: 'POST' })).ok).toBe(true);
    expect(upstreamResets).toBe(before + 1);
    expect((await run(accessAnalyzerCollector)).resources[0]!.attributes.analyzers).toEqual({ state: 'known', value: [] });
  });

  it('ListAnalyzers refused: analyzers unknown naming access-analyzer:ListAnalyzers, the rule ERRORs (not PASS or FAIL)', async () => {
    faults = ({ service }) => (service === 'access-analyzer' ? { status: 403, code: 'AccessDeniedException', message: 'User is not authorized to perform: access-analyzer:ListAnalyzers' } : undefined);
    const { resources, session } = await run(accessAnalyzerCollector);
    expect(session.issues().map((i) => `${i.service} ${i.operation} ${i.errorCode}`)).toEqual(['access-analyzer access-analyzer:ListAnalyzers AccessDeniedException']);
    expect(resources[0]!.attributes.analyzers).toMatchObject({ state: 'unknown', cause: { kind: 'api-error', operation: 'access-analyzer:ListAnalyzers', errorCode: 'AccessDeniedException' } });
    const f = finding(resources, 'aws-accessanalyzer-enabled');
    expect(f.status).toBe('ERROR');
    expect(f.message).toContain('access-analyzer:ListAnalyzers AccessDeniedException');
  });
});
