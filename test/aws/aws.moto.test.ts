/**
 * AWS discovery against moto's server (a real emulator speaking the AWS wire protocols, not mocks).
 * One file on purpose: moto's IAM enforcement switch is process-wide, so these tests run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Resource, Rule } from '../../src/core/index.js';
import { builtinResourceTypes, defineRule, isUnknownMarker, stableStringify } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import type { CollectAwsOptions, CollectAwsResult } from '../../src/sources/aws/index.js';
import { AWS_COLLECTORS, awsReadOnlyPolicy, awsRequiredActions, collectAws } from '../../src/sources/aws/index.js';
import type { Fixture } from './fixture.js';
import { AREAS, buildFixture, createScanner, FIXTURE_REGIONS, PLANTED } from './fixture.js';
import { MOTO_ACCOUNT, MOTO_URL, TEST_CREDENTIALS, motoAvailability, motoEndpoint, resetMoto, setMotoAuth, useMotoFront } from './moto.js';
import type { MotoFront } from './proxy.js';
import { serviceDown, startFaultProxy, startMotoFront, throttleShare } from './proxy.js';

const moto = motoAvailability();

/**
 * Results on good resources that are ERROR by design: the attribute is deliberately not collected
 * from live accounts (it can hold secrets), so the rule cannot judge it.
 */
const ERROR_BY_DESIGN = new Set(['aws-ec2-instance-no-secrets-in-user-data', 'aws-ec2-launch-template-no-secrets-in-user-data']);

/** Settings moto cannot plant, so the good resource cannot pass these rules in the emulator. */
const NOT_PLANTABLE_IN_MOTO = new Set(['aws-s3-bucket-mfa-delete', 'aws-iam-user-hardware-mfa']);

/** Actions that a full emulated run cannot reach, each with the reason. */
const NOT_REACHABLE_IN_MOTO: Record<string, string> = {
  'iam:ListVirtualMFADevices': 'called only when the root user has MFA, which moto cannot enable',
};

function scan(extra: Partial<CollectAwsOptions> = {}): Promise<CollectAwsResult> {
  return collectAws({ endpointUrl: motoEndpoint(), credentials: TEST_CREDENTIALS, regions: FIXTURE_REGIONS, ...extra });
}

function label(r: Resource): string {
  const groupName = r.attributes.groupName;
  if (groupName?.state === 'known' && typeof groupName.value === 'string') return groupName.value;
  if (!isUnknownMarker(r.tags) && r.tags.Name) return r.tags.Name;
  return r.name;
}

function byLabel(res: CollectAwsResult, name: string): Resource {
  const r = res.resources.find((x) => label(x) === name);
  if (!r) throw new Error(`no resource labelled ${name}`);
  return r;
}

function value(r: Resource, attr: string): unknown {
  const ev = r.attributes[attr];
  if (!ev) throw new Error(`${r.name}: attribute ${attr} missing`);
  return ev.state === 'known' ? ev.value : ev.state === 'absent' ? '<absent>' : ev;
}

function findings(resources: Resource[]): Finding[] {
  return evaluate(resources, { rules: builtinRules(), types: builtinResourceTypes() }).findings;
}

/** The model without volatile values (none expected, but this states it). */
function modelKey(res: CollectAwsResult): string {
  return stableStringify(res.resources);
}

describe.skipIf(!moto.run)('AWS discovery against moto', () => {
  let fixture: Fixture;
  let clean: CollectAwsResult;
  let scanner: { accessKeyId: string; secretAccessKey: string };
  let scannerNoPolicy: { accessKeyId: string; secretAccessKey: string };
  let front: MotoFront | undefined;

  beforeAll(async () => {
    // Everything goes through the front: moto plus an Access Analyzer emulator (moto has none).
    front = await startMotoFront(MOTO_URL as string, MOTO_ACCOUNT);
    useMotoFront(front.url);
    await setMotoAuth(Infinity);
    await resetMoto();
    fixture = await buildFixture();
    const declared = awsRequiredActions();
    scanner = await createScanner('parapet-scanner', declared);
    scannerNoPolicy = await createScanner('parapet-scanner-nopolicy', declared.filter((a) => a !== 's3:GetBucketPolicy'));
    clean = await scan();
  });

  afterAll(async () => {
    if (moto.run) await setMotoAuth(Infinity);
    useMotoFront(undefined);
    await front?.close();
  });

  it('collects the planted account with no collection errors', () => {
    expect(clean.issues).toEqual([]);
    expect(clean.account).toBe('123456789012');
    expect(clean.stats.regions).toEqual(FIXTURE_REGIONS);
    expect(clean.stats.apiCalls).toBeGreaterThan(50);
    for (const r of clean.resources) {
      expect(r.uid.startsWith('arn:aws:')).toBe(true);
      expect(r.provenance.kind).toBe('live');
      expect(r.provenance.source).toBe('aws');
      expect(r.provenance.operations?.length).toBeGreaterThan(0);
    }
    const types = new Set(clean.resources.map((r) => r.type));
    // Server certificates need a real certificate body to plant; the listing call is still made.
    for (const c of AWS_COLLECTORS) for (const t of c.types) if (t !== 'aws.iam.server-certificate') expect(types).toContain(t);
  });

  it('models IAM users, their keys and policies, and the account', () => {
    const good = byLabel(clean, 'good-user');
    expect(value(good, 'consoleAccess')).toBe(true);
    expect(value(good, 'mfaDevices')).toEqual([expect.objectContaining({ kind: 'virtual' })]);
    expect(value(good, 'groups')).toEqual(['good-admins']);
    expect(value(good, 'attachedPolicyArns')).toEqual([]);
    expect(good.tags).toEqual({ team: 'security' });
    expect(good.region).toBeUndefined();

    const bad = byLabel(clean, 'bad-user-nomfa');
    expect(value(bad, 'mfaDevices')).toEqual([]);
    expect(value(bad, 'attachedPolicyArns')).toEqual(['arn:aws:iam::123456789012:policy/good-readonly']);
    const keys = value(bad, 'accessKeys') as { id: string; status: string }[];
    expect(keys).toHaveLength(1);
    expect(keys[0]!.status).toBe('Active');
    expect(keys[0]!.id).toBe(`${fixture.ids.badUserKeyId!.slice(0, 4)}************${fixture.ids.badUserKeyId!.slice(-4)}`);
    expect(value(bad, 'inlinePolicies')).toEqual({ 'admin-inline': { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } });

    const account = clean.resources.find((r) => r.type === 'aws.iam.account')!;
    expect(value(account, 'rootMfaEnabled')).toBe(false);
    expect(value(account, 'rootAccessKeysPresent')).toBe(false);
    expect(value(account, 'passwordPolicy')).toMatchObject({ minimumLength: 8, requireSymbols: false });
  });

  it('models IAM roles, customer managed policies and groups from the authorization details', () => {
    const role = byLabel(clean, 'good-role');
    expect(value(role, 'assumeRolePolicy')).toMatchObject({ Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] });
    expect(value(role, 'inlinePolicies')).toMatchObject({ 'read-config': { Statement: [{ Action: 'ssm:GetParameter' }] } });
    expect(value(role, 'serviceLinked')).toBe(false);
    expect(role.tags).toEqual({ team: 'platform' });
    const policy = byLabel(clean, 'good-readonly');
    expect(value(policy, 'document')).toMatchObject({ Statement: [{ Action: 's3:GetObject' }] });
    expect(value(policy, 'attachedGroups')).toEqual(['good-admins']);
    expect(value(policy, 'attachedUsers')).toEqual(['bad-user-nomfa']);
    expect(value(policy, 'awsManaged')).toBe(false);
    const group = byLabel(clean, 'good-admins');
    expect(value(group, 'members')).toEqual(['good-user']);
    expect(value(group, 'attachedPolicyArns')).toEqual(['arn:aws:iam::123456789012:policy/good-readonly']);
  });

  it('models GuardDuty detectors and Security Hub per region', () => {
    const gd = (region: string) => clean.resources.find((r) => r.type === 'aws.guardduty.region' && r.region === region)!;
    expect(value(gd('us-east-1'), 'detectors')).toEqual([expect.objectContaining({ status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES' })]);
    expect(value(gd('eu-west-1'), 'detectors')).toEqual([]);
    const sh = (region: string) => clean.resources.find((r) => r.type === 'aws.securityhub.region' && r.region === region)!;
    expect(value(sh('us-east-1'), 'enabled')).toBe(true);
    expect(value(sh('eu-west-1'), 'enabled')).toBe(false);
  });

  it('models SNS, SQS, Secrets Manager, Lambda, DynamoDB, ECR, EKS and ELBv2', () => {
    expect(value(byLabel(clean, 'app-alerts'), 'kmsMasterKeyId')).toBe(fixture.kmsKeyArn);
    expect(value(byLabel(clean, 'app-jobs'), 'kmsMasterKeyId')).toBe(fixture.kmsKeyArn);
    const secret = byLabel(clean, 'app-db-password');
    expect(value(secret, 'rotationEnabled')).toBe(false);
    expect(secret.tags).toEqual({ app: 'db' });
    const fn = byLabel(clean, 'app-handler');
    expect(value(fn, 'environmentVariableNames')).toEqual(['DB_PASSWORD', 'STAGE']);
    expect(value(fn, 'tracingMode')).toBe('Active');
    expect(value(fn, 'policy')).toBe('<absent>');
    expect(value(fn, 'functionUrl')).toBe('<absent>');
    const table = byLabel(clean, 'app-orders');
    expect(value(table, 'pointInTimeRecoveryEnabled')).toBe(true);
    expect(value(table, 'sseType')).toBe('KMS');
    expect(value(byLabel(clean, 'app-images'), 'imageTagMutability')).toBe('IMMUTABLE');
    expect(value(byLabel(clean, 'app-images'), 'scanOnPush')).toBe(true);
    expect(value(byLabel(clean, 'app-cluster'), 'endpointPublicAccess')).toBe(false);
    const lb = byLabel(clean, 'app-lb');
    expect(value(lb, 'scheme')).toBe('internet-facing');
    const listener = clean.resources.find((r) => r.type === 'aws.elbv2.listener')!;
    expect(value(listener, 'loadBalancerArn')).toBe(lb.uid);
    expect(value(listener, 'defaultActions')).toEqual([{ type: 'redirect', redirectProtocol: 'HTTPS' }]);
  });

  it('never stores secrets: access key ids masked, no secret values', () => {
    expect(JSON.stringify(clean.resources)).not.toContain('never-collected');
    const text = JSON.stringify(clean.resources);
    expect(text).not.toContain(fixture.ids.badUserKeyId);
    expect(text).not.toContain(fixture.ids.badUserSecret);
    expect(text).not.toContain(scanner.secretAccessKey);
    expect(text).not.toContain('not-a-real-secret-1');
    expect(text).not.toContain('password-Only-1!');
  });

  it('models S3 buckets per region and the account-level block public access', () => {
    const good = byLabel(clean, 'parapet-good-bucket');
    expect(value(good, 'publicAccessBlock')).toEqual({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    expect(value(good, 'encryption')).toEqual({ enabled: true, type: 'aws:kms', kmsKeyId: fixture.kmsKeyArn, bucketKeyEnabled: true });
    expect(value(good, 'versioning')).toEqual({ enabled: true, status: 'Enabled', mfaDelete: false });
    expect(value(good, 'logging')).toEqual({ enabled: true, targetBucket: 'parapet-logs-us', targetPrefix: 'good/' });
    expect(value(good, 'ownershipControls')).toBe('BucketOwnerEnforced');
    expect(value(good, 'policy')).toMatchObject({ Statement: [{ Sid: 'DenyInsecureTransport' }] });
    expect(good.tags).toEqual({ data_classification: 'confidential' });

    const bad = byLabel(clean, 'parapet-bad-public');
    expect(value(bad, 'publicAccessBlock')).toBe('<absent>');
    expect(value(bad, 'acl')).toMatchObject({ cannedAcl: 'public-read' });
    expect(value(bad, 'policy')).toMatchObject({ Statement: [{ Principal: '*', Action: 's3:GetObject' }] });
    expect(value(bad, 'ownershipControls')).toBe('ObjectWriter');
    expect(value(bad, 'versioning')).toEqual({ enabled: false, status: 'Disabled', mfaDelete: false });
    expect(value(bad, 'logging')).toEqual({ enabled: false });

    expect(byLabel(clean, 'parapet-logs-eu').region).toBe('eu-west-1');
    expect(byLabel(clean, 'parapet-logs-us').region).toBe('us-east-1');
    const settings = clean.resources.find((r) => r.type === 'aws.s3.account-settings')!;
    expect(value(settings, 'publicAccessBlock')).toBe('<absent>');
  });

  it('models security groups (one entry per peer), volumes and RDS instances', () => {
    const ssh = byLabel(clean, 'bad-sg-ssh');
    expect(value(ssh, 'ingress')).toEqual([
      { protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' },
      { protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'cidr-ipv6', peer: '::/0' },
    ]);
    expect(value(ssh, 'egress')).toEqual([{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }]);
    expect(value(ssh, 'attachedEnis')).toBe(0);
    const good = byLabel(clean, 'good-sg');
    expect(value(good, 'egress')).toEqual([{ protocol: 'tcp', fromPort: 443, toPort: 443, peerKind: 'cidr-ipv4', peer: '10.0.0.0/8', description: 'to internal services' }]);
    expect(good.uid).toBe(`arn:aws:ec2:us-east-1:123456789012:security-group/${fixture.ids.goodSg}`);

    expect(value(byLabel(clean, 'good-volume'), 'encrypted')).toBe(true);
    expect(value(byLabel(clean, 'good-volume'), 'kmsKeyId')).toBe(fixture.kmsKeyArn);
    expect(value(byLabel(clean, 'bad-volume'), 'encrypted')).toBe(false);

    const db = byLabel(clean, 'bad-db');
    expect(value(db, 'publiclyAccessible')).toBe(true);
    expect(value(db, 'storageEncrypted')).toBe(false);
    const gdb = byLabel(clean, 'good-db');
    expect(value(gdb, 'storageEncrypted')).toBe(true);
    expect(value(gdb, 'deletionProtection')).toBe(true);
    // Default groups exist in both regions: regional collectors ran in each.
    expect(clean.resources.filter((r) => r.type === 'aws.ec2.security-group' && r.region === 'eu-west-1').length).toBeGreaterThan(0);
  });

  it('models instances, snapshots, EBS defaults, VPC flow logs, KMS, CloudTrail, logs, alarms and Config', () => {
    const good = byLabel(clean, 'good-instance');
    expect(value(good, 'metadataOptions')).toMatchObject({ httpTokens: 'required' });
    expect(value(good, 'securityGroupIds')).toEqual([fixture.ids.goodSg]);
    expect(good.relationships).toEqual([{ kind: 'member-of', target: `arn:aws:ec2:us-east-1:123456789012:security-group/${fixture.ids.goodSg}` }]);
    expect(value(byLabel(clean, 'bad-instance-imdsv1'), 'metadataOptions')).toMatchObject({ httpTokens: 'optional' });

    expect(value(byLabel(clean, 'bad-snapshot-public'), 'public')).toBe(true);
    expect(value(byLabel(clean, 'good-snapshot'), 'public')).toBe(false);
    expect(value(byLabel(clean, 'good-snapshot'), 'encrypted')).toBe(true);

    const settings = (region: string) => clean.resources.find((r) => r.type === 'aws.ec2.region-settings' && r.region === region)!;
    expect(value(settings('us-east-1'), 'ebsEncryptionByDefault')).toBe(true);
    expect(value(settings('eu-west-1'), 'ebsEncryptionByDefault')).toBe(false);

    const vpcs = clean.resources.filter((r) => r.type === 'aws.ec2.vpc');
    expect(vpcs.map((v) => [v.region, (value(v, 'flowLogs') as unknown[]).length])).toEqual([['eu-west-1', 0], ['us-east-1', 1]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));

    expect(value(byLabel(clean, 'good-key'), 'rotationEnabled')).toBe(true);
    expect(value(byLabel(clean, 'bad-key-norotation'), 'rotationEnabled')).toBe(false);
    expect(value(byLabel(clean, 'good-key'), 'policy')).toMatchObject({ Statement: [{ Action: 'kms:*' }] });

    const trail = byLabel(clean, 'good-trail');
    expect(trail.region).toBe('us-east-1');
    expect(value(trail, 'isLogging')).toBe(true);
    expect(value(trail, 'isMultiRegion')).toBe(true);
    expect(value(trail, 'logFileValidation')).toBe(true);
    expect(value(trail, 'kmsKeyId')).toBe(fixture.kmsKeyArn);
    expect(trail.tags).toEqual({ team: 'security' });
    const badTrail = byLabel(clean, 'bad-trail');
    expect(badTrail.region).toBe('eu-west-1');
    expect([value(badTrail, 'isLogging'), value(badTrail, 'isMultiRegion'), value(badTrail, 'logFileValidation')]).toEqual([false, false, false]);
    // Read once, in its home region, although multi-region trails show in every region.
    expect(clean.resources.filter((r) => r.type === 'aws.cloudtrail.trail')).toHaveLength(2);

    const group = byLabel(clean, 'good-trail-logs');
    expect(value(group, 'retentionDays')).toBe(365);
    expect(value(group, 'metricFilters')).toContainEqual({ name: 'root-usage', pattern: '{ $.userIdentity.type = "Root" }', metricName: 'RootUsage', metricNamespace: 'CIS' });
    expect(trail.relationships).toContainEqual({ kind: 'delivers-to-log-group', target: group.uid });
    expect(value(trail, 'managementEvents')).toBe('All');
    expect(isUnknownMarker(group.tags)).toBe(true);
    expect(value(byLabel(clean, 'good-root-usage-alarm'), 'alarmActions')).toEqual(['arn:aws:sns:us-east-1:123456789012:security-alerts']);

    const config = (region: string) => clean.resources.find((r) => r.type === 'aws.config.region' && r.region === region)!;
    expect(value(config('us-east-1'), 'recorders')).toEqual([expect.objectContaining({ name: 'default', recording: true, allSupported: true })]);
    expect(value(config('eu-west-1'), 'recorders')).toEqual([]);
  });

  it('models network ACLs (entries without the implicit deny) and subnets', () => {
    const bad = byLabel(clean, 'bad-nacl-open');
    expect(value(bad, 'isDefault')).toBe(false);
    expect(value(bad, 'ingress')).toEqual([{ ruleNumber: 100, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' }]);
    expect(value(byLabel(clean, 'good-nacl'), 'ingress')).toEqual([{ ruleNumber: 100, protocol: 'tcp', ruleAction: 'allow', cidrBlock: '10.0.0.0/8', fromPort: 443, toPort: 443 }]);
    const defaults = clean.resources.filter((r) => r.type === 'aws.ec2.network-acl' && value(r, 'isDefault') === true);
    expect(defaults.map((r) => r.region).sort()).toEqual(FIXTURE_REGIONS);
    for (const d of defaults) expect((value(d, 'subnetIds') as string[]).length).toBeGreaterThan(0);
    expect(value(byLabel(clean, 'bad-subnet-public'), 'mapPublicIpOnLaunch')).toBe(true);
    const good = byLabel(clean, 'good-subnet');
    expect([value(good, 'mapPublicIpOnLaunch'), value(good, 'defaultForAz'), value(good, 'cidrBlock'), value(good, 'availabilityZone')]).toEqual([false, false, '172.31.128.0/24', 'us-east-1a']);
  });

  it('models owned AMIs with their launch permissions and launch templates (default version)', () => {
    expect(value(byLabel(clean, 'bad-ami-public'), 'public')).toBe(true);
    const ami = byLabel(clean, 'good-ami');
    expect([value(ami, 'public'), value(ami, 'sharedWithAccounts'), value(ami, 'state')]).toEqual([false, [], 'available']);
    const good = byLabel(clean, 'good-lt');
    expect(value(good, 'versionNumber')).toBe(1);
    expect(value(good, 'metadataOptions')).toMatchObject({ httpTokens: 'required' });
    expect(value(good, 'blockDevices')).toEqual([{ deviceName: '/dev/xvda', encrypted: true, kmsKeyId: fixture.kmsKeyArn }]);
    expect(value(good, 'associatePublicIpAddress')).toBe(false);
    expect(good.attributes.userData).toMatchObject({ state: 'unknown', cause: { kind: 'unsupported' } });
    const bad = byLabel(clean, 'bad-lt-imdsv1');
    expect(value(bad, 'metadataOptions')).toMatchObject({ httpTokens: 'optional' });
    expect(value(bad, 'blockDevices')).toEqual([{ deviceName: '/dev/xvda', encrypted: false }]);
    expect(value(bad, 'associatePublicIpAddress')).toBe('<absent>');
  });

  it('models RDS clusters and manual instance and cluster snapshots with their restore attribute', () => {
    const good = byLabel(clean, 'good-cluster');
    expect([value(good, 'engine'), value(good, 'storageEncrypted'), value(good, 'kmsKeyId'), value(good, 'backupRetentionPeriod'), value(good, 'deletionProtection')]).toEqual(['aurora-postgresql', true, fixture.kmsKeyArn, 7, true]);
    expect(value(good, 'enabledCloudwatchLogsExports')).toEqual(['postgresql']);
    expect(value(byLabel(clean, 'bad-cluster'), 'storageEncrypted')).toBe(false);
    const snaps = clean.resources.filter((r) => r.type === 'aws.rds.snapshot');
    expect(snaps.map((r) => [r.name, value(r, 'snapshotKind'), value(r, 'snapshotType'), value(r, 'restoreAccountIds')]).sort()).toEqual(
      [
        ['bad-cluster-snapshot-public', 'cluster', 'manual', ['all']],
        ['bad-db-snapshot-public', 'instance', 'manual', ['all']],
        ['good-cluster-snapshot', 'cluster', 'manual', []],
        ['good-db-snapshot', 'instance', 'manual', []],
      ].sort(),
    );
  });

  it('models Classic Load Balancers (listeners, access logs)', () => {
    const good = byLabel(clean, 'good-clb');
    expect(good.type).toBe('aws.elb.load-balancer');
    expect(good.uid).toBe('arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/good-clb');
    expect(value(good, 'scheme')).toBe('internal');
    expect(value(good, 'listeners')).toEqual([{ protocol: 'HTTPS', loadBalancerPort: 443, instanceProtocol: 'HTTPS', sslCertificateId: 'arn:aws:iam::123456789012:server-certificate/good-cert' }]);
    expect(value(good, 'accessLogsEnabled')).toBe(true);
    const bad = byLabel(clean, 'bad-clb');
    expect(value(bad, 'listeners')).toEqual([{ protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP' }]);
    expect(value(bad, 'accessLogsEnabled')).toBe(false);
  });

  for (const [area, mod] of Object.entries(AREAS)) {
    it(`models the ${area} area`, () => mod.check(clean));
  }

  it('resources are plain JSON (snapshots round-trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(clean.resources))).toEqual(clean.resources);
  });

  it('built-in rules report every planted misconfiguration and no FAIL or ERROR on good resources', () => {
    const all = findings(clean.resources);
    const byUid = new Map(clean.resources.map((r) => [r.uid, r]));
    const ruleIds = new Set(builtinRules().map((r) => r.meta.id));
    for (const [name, expected] of Object.entries(PLANTED)) {
      const r = byLabel(clean, name);
      for (const ruleId of expected.filter((id) => ruleIds.has(id))) {
        const f = all.find((x) => x.ruleId === ruleId && x.resource.uid === r.uid);
        expect(f?.status, `${ruleId} on ${name}: ${f?.message}`).toBe('FAIL');
      }
    }
    const onGood = all.filter((f) => label(byUid.get(f.resource.uid)!).includes('good') && !NOT_PLANTABLE_IN_MOTO.has(f.ruleId) && (f.status === 'FAIL' || (f.status === 'ERROR' && !ERROR_BY_DESIGN.has(f.ruleId))));
    expect(onGood.map((f) => `${f.ruleId} ${f.resource.name}: ${f.message}`)).toEqual([]);
  });

  it('two scans of the same state give identical resources and findings', async () => {
    const again = await scan();
    expect(modelKey(again)).toBe(modelKey(clean));
    expect(stableStringify(findings(again.resources))).toBe(stableStringify(findings(clean.resources)));
  });

  it('declares exactly the IAM actions a full run calls (the generated policy is least privilege)', async () => {
    const discovery = await collectAws({ endpointUrl: MOTO_URL, credentials: TEST_CREDENTIALS, services: ['none'] });
    // moto has no account:ListRegions: the ec2:DescribeRegions fallback answers, with no issue left behind.
    expect(discovery.issues).toEqual([]);
    expect(discovery.stats.regions.length).toBeGreaterThan(10);
    expect(discovery.stats.regions).toContain('us-east-1');
    const called = new Set([...clean.calledActions, ...discovery.calledActions]);
    const declared = awsRequiredActions();
    expect([...called].filter((a) => !declared.includes(a))).toEqual([]);
    expect(declared.filter((a) => !called.has(a) && !(a in NOT_REACHABLE_IN_MOTO))).toEqual([]);
    const policy = awsReadOnlyPolicy();
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]!.Resource).toBe('*');
    expect(policy.Statement[0]!.Action).toEqual([...declared].sort());
    // Read-only verbs; API Gateway reads are authorised per HTTP verb, as apigateway:GET.
    expect(policy.Statement[0]!.Action.every((a) => /^([a-z0-9-]+:(Get|List|Describe|Generate)[A-Za-z0-9]+|apigateway:GET)$/.test(a))).toBe(true);
  });

  it('retries throttled calls (30% throttled at the HTTP layer) to the same result', async () => {
    const proxy = await startFaultProxy(motoEndpoint(), throttleShare(0.3));
    try {
      const throttled = await scan({ endpointUrl: proxy.url });
      expect(proxy.stats.injected).toBeGreaterThan(10);
      // The SDK's own retry strategy recovered every injected fault.
      expect(throttled.stats.retries).toBeGreaterThan(0);
      expect(throttled.issues).toEqual([]);
      expect(modelKey(throttled)).toBe(modelKey(clean));
    } finally {
      await proxy.close();
    }
  }, 120_000);

  it('a service answering 500 makes its resources ERROR and leaves the others untouched', async () => {
    const proxy = await startFaultProxy(motoEndpoint(), serviceDown('ec2'));
    try {
      const res = await scan({ endpointUrl: proxy.url, maxAttempts: 2 });
      const isEc2 = (type: string) => type.startsWith('aws.ec2.');
      const ec2Types = new Set(clean.resources.map((r) => r.type).filter(isEc2));
      expect(res.issues.length).toBeGreaterThan(0);
      expect(res.issues.every((i) => i.kind === 'collection-error' && i.service === 'ec2' && i.errorCode === 'InternalError')).toBe(true);
      const others = (r: CollectAwsResult) => stableStringify(r.resources.filter((x) => !isEc2(x.type)));
      expect(others(res)).toBe(others(clean));
      // Listings become one placeholder per type and region; region settings stay, unknown.
      const ec2 = res.resources.filter((x) => isEc2(x.type));
      expect(new Set(ec2.map((r) => r.type))).toEqual(ec2Types);
      expect(ec2).toHaveLength(ec2Types.size * FIXTURE_REGIONS.length);
      for (const r of ec2) {
        for (const ev of Object.values(r.attributes)) expect(ev).toMatchObject({ state: 'unknown', cause: { kind: 'api-error', errorCode: 'InternalError' } });
      }
      const fs = findings(res.resources).filter((f) => ec2Types.has(f.resource.type));
      expect(fs.length).toBeGreaterThan(0);
      for (const f of fs) {
        expect(f.status).toBe('ERROR');
        expect(f.message).toMatch(/ec2:(Describe\w+|GetEbsEncryptionByDefault) InternalError/);
      }
      expect(findings(res.resources).filter((f) => !ec2Types.has(f.resource.type))).toEqual(findings(clean.resources).filter((f) => !ec2Types.has(f.resource.type)));
    } finally {
      await proxy.close();
    }
  }, 120_000);

  describe('with moto enforcing IAM', () => {
    beforeAll(async () => setMotoAuth(0));
    afterAll(async () => setMotoAuth(Infinity));

    // The Access Analyzer emulator in the front checks no IAM: access-analyzer:* is not covered here.
    it('a principal holding exactly the generated policy meets no AccessDenied', async () => {
      const res = await scan({ credentials: scanner });
      expect(res.issues).toEqual([]);
      // The scanner's own key now has a last-used date; everything else is as in the clean run.
      const withoutScanners = (r: CollectAwsResult) => stableStringify(r.resources.filter((x) => !x.uid.includes(':user/parapet-scanner')));
      expect(withoutScanners(res)).toBe(withoutScanners(clean));
    }, 60_000);

    it('without s3:GetBucketPolicy every dependent result is ERROR naming the action, none PASS', async () => {
      const res = await scan({ credentials: scannerNoPolicy });
      expect([...new Set(res.issues.map((i) => `${i.operation} ${i.errorCode}`))]).toEqual(['s3:GetBucketPolicy AccessDenied']);
      const buckets = res.resources.filter((r) => r.type === 'aws.s3.bucket');
      expect(buckets.length).toBe(4);
      for (const b of buckets) {
        expect(b.attributes.policy).toMatchObject({ state: 'unknown', cause: { operation: 's3:GetBucketPolicy', errorCode: 'AccessDenied' } });
        // Everything else about the bucket was still read.
        for (const [name, ev] of Object.entries(b.attributes)) if (name !== 'policy') expect(ev.state, name).not.toBe('unknown');
      }
      // A rule that reads the bucket policy (as public-access rules do) must ERROR, never PASS.
      const policyRule: Rule = defineRule({
        meta: {
          id: 'aws-test-bucket-policy-reader',
          title: 'Test rule that reads the bucket policy',
          severity: 'high',
          provider: 'aws',
          service: 's3',
          resourceTypes: ['aws.s3.bucket'],
          description: 'Reads the bucket policy document to judge it.',
          risk: 'A rule whose input is unknown must not pass.',
          remediation: { text: 'Grant s3:GetBucketPolicy to the scanner.' },
          references: [],
        },
        check: (ctx) => (ctx.get('policy') === null ? ctx.pass('no policy') : ctx.pass('policy read')),
      });
      const all = evaluate(res.resources, { rules: [...builtinRules(), policyRule], types: builtinResourceTypes() }).findings;
      const dependent = all.filter((f) => f.resource.type === 'aws.s3.bucket' && f.evidence.some((e) => e.path === 'policy' || e.path.startsWith('policy.')));
      expect(dependent.length).toBeGreaterThanOrEqual(buckets.length);
      for (const f of dependent) {
        expect(f.status, `${f.ruleId} on ${f.resource.name}: ${f.message}`).toBe('ERROR');
        expect(f.message).toContain('s3:GetBucketPolicy AccessDenied');
      }
    }, 60_000);
  });
});
