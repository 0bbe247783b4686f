/**
 * Builds examples/environment/inventory.json: a snapshot of the fictional AWS account 111122223333
 * ("ExampleCorp") with planted misconfigurations, so `parapet scan --snapshot` shows real findings
 * of every severity without cloud credentials. README.md beside this file lists what is planted.
 *
 * Run: npx tsx examples/environment/generate.ts
 *
 * Every id here is fake (repeated digits, example names); no secret or real account appears.
 * Resources are live-shaped, so every attribute of each type is present: a missing one would read
 * as "not collected" and turn into ERROR results.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AttrInput } from '../../src/core/fixtures.js';
import { absentAttr, unknownAttr } from '../../src/core/fixtures.js';
import type { Evidence, JsonValue, Relationship, Resource, SourceIssue, Tags } from '../../src/core/index.js';
import type { Snapshot } from '../../src/sources/snapshot/index.js';
import { buildSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';

export const ACCOUNT = '111122223333';
const HOME = 'us-east-1';
const GENERATED_AT = new Date('2026-11-29T09:00:00.000Z');

/** A plain value is known evidence; `ABSENT` and `denied(...)` give the other two states. */
type Attr = AttrInput;
const isEvidence = (v: Attr): v is { __evidence: Evidence } => typeof v === 'object' && v !== null && !Array.isArray(v) && '__evidence' in v;
const toEvidence = (v: Attr): Evidence => (isEvidence(v) ? v.__evidence : { state: 'known', value: v as JsonValue });

const ABSENT = absentAttr;
const denied = (operation: string) => unknownAttr(operation, 'AccessDenied');

interface Spec {
  uid: string;
  type: string;
  name: string;
  region?: string;
  tags?: Tags;
  operations: string[];
  attributes: Record<string, Attr>;
  relationships?: Relationship[];
}

function live(spec: Spec): Resource {
  const attributes: Record<string, Evidence> = {};
  for (const [k, v] of Object.entries(spec.attributes)) attributes[k] = toEvidence(v);
  const r: Resource = {
    uid: spec.uid,
    provider: 'aws',
    type: spec.type,
    account: ACCOUNT,
    name: spec.name,
    tags: spec.tags ?? {},
    attributes,
    provenance: { kind: 'live', source: 'aws', operations: spec.operations },
  };
  if (spec.region) r.region = spec.region;
  if (spec.relationships) r.relationships = spec.relationships;
  return r;
}

// ---------------------------------------------------------------- S3

const S3_OPS = [
  's3:ListAllMyBuckets',
  's3:GetBucketLocation',
  's3:GetBucketTagging',
  's3:GetBucketPublicAccessBlock',
  's3:GetEncryptionConfiguration',
  's3:GetBucketVersioning',
  's3:GetBucketLogging',
  's3:GetBucketAcl',
  's3:GetBucketPolicy',
  's3:GetBucketOwnershipControls',
];
const ALL_BLOCKED = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const PRIVATE_ACL = { cannedAcl: 'private', grants: [{ granteeType: 'CanonicalUser', granteeId: 'example-owner-canonical-id', permission: 'FULL_CONTROL' }] };
const VERSIONED = { enabled: true, status: 'Enabled', mfaDelete: false };
const UNVERSIONED = { enabled: false, status: 'Disabled', mfaDelete: false };
const LOG_BUCKET = 'examplecorp-access-logs';
const logsTo = (bucket: string) => ({ enabled: true, targetBucket: LOG_BUCKET, targetPrefix: `${bucket}/` });
const kms = (alias: string) => ({ enabled: true, type: 'aws:kms', kmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:alias/${alias}`, bucketKeyEnabled: true });

function bucket(name: string, region: string, tags: Tags, attributes: Record<string, Attr>): Resource {
  const relationships: Relationship[] = [];
  const logging = attributes.logging;
  if (logging && !isEvidence(logging) && typeof logging === 'object' && !Array.isArray(logging) && logging.enabled === true) {
    relationships.push({ kind: 'logs-to', target: `arn:aws:s3:::${LOG_BUCKET}` });
  }
  return live({
    uid: `arn:aws:s3:::${name}`,
    type: 'aws.s3.bucket',
    name,
    region,
    tags,
    operations: S3_OPS,
    attributes: { acl: PRIVATE_ACL, policy: null, ownershipControls: 'BucketOwnerEnforced', ...attributes },
    ...(relationships.length ? { relationships } : {}),
  });
}

const s3 = [
  live({
    uid: `arn:aws:s3::${ACCOUNT}:account-settings`,
    type: 'aws.s3.account-settings',
    name: `s3-account-settings-${ACCOUNT}`,
    operations: ['s3:GetAccountPublicAccessBlock'],
    // Someone turned on the ACL half of account-level Block Public Access years ago and stopped there.
    attributes: { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
  }),
  // Customer data exports: well protected except that versioning was never turned on.
  bucket('examplecorp-customer-exports', HOME, { data_classification: 'sensitive', owner: 'data-platform', env: 'prod' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: kms('customer-exports'),
    versioning: UNVERSIONED,
    logging: logsTo('examplecorp-customer-exports'),
  }),
  // Marketing site assets: no bucket-level Block Public Access and a policy granting everyone read.
  bucket('examplecorp-public-website', HOME, { owner: 'marketing', env: 'prod' }, {
    publicAccessBlock: null,
    encryption: { enabled: true, type: 'AES256', bucketKeyEnabled: false },
    versioning: VERSIONED,
    logging: { enabled: false },
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'PublicReadForWebsite',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::examplecorp-public-website/*',
        },
      ],
    },
  }),
  // The model bucket: every control on.
  bucket('examplecorp-app-artifacts', HOME, { owner: 'platform', env: 'prod', data_classification: 'internal' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: kms('app-artifacts'),
    versioning: { ...VERSIONED, mfaDelete: true },
    logging: logsTo('examplecorp-app-artifacts'),
  }),
  // The log bucket: no encryption configuration of its own (the S3 default applies) and, as usual, not logged itself.
  bucket(LOG_BUCKET, HOME, { owner: 'security', env: 'prod' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: ABSENT,
    versioning: VERSIONED,
    logging: { enabled: false },
  }),
  // An old reporting bucket in Ireland: policy flags on at bucket level (the account adds the ACL flags),
  // versioning suspended, and the scanner role may not read its logging configuration.
  bucket('examplecorp-legacy-reports', 'eu-west-1', { owner: 'finance', env: 'prod', data_classification: 'internal' }, {
    publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: true },
    encryption: { enabled: true, type: 'AES256', bucketKeyEnabled: false },
    versioning: { enabled: false, status: 'Suspended', mfaDelete: false },
    logging: denied('s3:GetBucketLogging'),
  }),
];

// ---------------------------------------------------------------- EC2

const VPC = 'vpc-0aaaaaaaaaaaaaaa1';
const ALL_OUT = [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }];
const sgId = (digit: string) => `sg-0${digit.repeat(16)}`;

function securityGroup(id: string, groupName: string, description: string, ingress: JsonValue[], attachedEnis: number, tags: Tags = {}): Resource {
  return live({
    uid: `arn:aws:ec2:${HOME}:${ACCOUNT}:security-group/${id}`,
    type: 'aws.ec2.security-group',
    name: groupName,
    region: HOME,
    tags: { Name: groupName, ...tags },
    operations: ['ec2:DescribeSecurityGroups', 'ec2:DescribeNetworkInterfaces'],
    attributes: { groupName, description, vpcId: VPC, ingress, egress: ALL_OUT, attachedEnis },
    relationships: [{ kind: 'member-of', target: `arn:aws:ec2:${HOME}:${ACCOUNT}:vpc/${VPC}` }],
  });
}
const tcp = (port: number, peerKind: string, peer: string, description?: string): JsonValue => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  peerKind,
  peer,
  ...(description ? { description } : {}),
});

const SG = { default: sgId('1'), web: sgId('2'), app: sgId('3'), bastion: sgId('4'), debug: sgId('5') };

const securityGroups = [
  securityGroup(SG.default, 'default', 'default VPC security group', [{ protocol: '-1', peerKind: 'security-group', peer: SG.default }], 0),
  securityGroup(SG.web, 'web-alb', 'Public load balancer', [
    tcp(443, 'cidr-ipv4', '0.0.0.0/0', 'HTTPS from the internet'),
    tcp(443, 'cidr-ipv6', '::/0', 'HTTPS from the internet (IPv6)'),
    tcp(80, 'cidr-ipv4', '0.0.0.0/0', 'HTTP redirect to HTTPS'),
  ], 2, { env: 'prod' }),
  securityGroup(SG.app, 'app-servers', 'Application tier', [
    tcp(8080, 'security-group', SG.web),
    tcp(22, 'cidr-ipv4', '10.20.0.0/16', 'SSH from the office VPN'),
  ], 3, { env: 'prod' }),
  securityGroup(SG.bastion, 'bastion-ssh', 'Jump host', [tcp(22, 'cidr-ipv4', '0.0.0.0/0', 'temporary: vendor access')], 1, { env: 'prod' }),
  securityGroup(SG.debug, 'debug-open', 'launch-wizard-3', [
    { protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' },
    { protocol: '-1', peerKind: 'cidr-ipv6', peer: '::/0' },
  ], 1, { env: 'staging' }),
];

const instance = (n: string) => `i-0${n.repeat(16)}`;
function volume(digit: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  const id = `vol-0${digit.repeat(16)}`;
  const attached = attributes.attachedInstances;
  return live({
    uid: `arn:aws:ec2:${HOME}:${ACCOUNT}:volume/${id}`,
    type: 'aws.ec2.volume',
    name: id,
    region: HOME,
    tags,
    operations: ['ec2:DescribeVolumes'],
    attributes,
    ...(Array.isArray(attached) && attached.length
      ? { relationships: attached.map((i) => ({ kind: 'attached-to', target: `arn:aws:ec2:${HOME}:${ACCOUNT}:instance/${String(i)}` })) }
      : {}),
  });
}
const EBS_KEY = `arn:aws:kms:${HOME}:${ACCOUNT}:alias/aws/ebs`;

const volumes = [
  volume('1', { encrypted: true, kmsKeyId: EBS_KEY, sizeGiB: 50, volumeType: 'gp3', state: 'in-use', attachedInstances: [instance('a')] }, { Name: 'app-1-root' }),
  volume('2', { encrypted: true, kmsKeyId: EBS_KEY, sizeGiB: 200, volumeType: 'gp3', state: 'in-use', attachedInstances: [instance('b')] }, { Name: 'app-2-data' }),
  // Created before EBS encryption by default was switched on in the region.
  volume('3', { encrypted: false, kmsKeyId: ABSENT, sizeGiB: 500, volumeType: 'gp2', state: 'in-use', attachedInstances: [instance('c')] }, { Name: 'reporting-data' }),
];

// ---------------------------------------------------------------- RDS

function dbInstance(name: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  return live({
    uid: `arn:aws:rds:${HOME}:${ACCOUNT}:db:${name}`,
    type: 'aws.rds.db-instance',
    name,
    region: HOME,
    tags,
    operations: ['rds:DescribeDBInstances'],
    attributes: {
      iamDatabaseAuthentication: false,
      autoMinorVersionUpgrade: true,
      clusterIdentifier: ABSENT,
      ...attributes,
    },
  });
}

const databases = [
  dbInstance('orders-db', {
    engine: 'postgres',
    engineVersion: '16.4',
    instanceClass: 'db.r6g.large',
    publiclyAccessible: false,
    storageEncrypted: true,
    kmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000001`,
    backupRetentionPeriod: 14,
    multiAz: true,
    deletionProtection: true,
    iamDatabaseAuthentication: true,
    copyTagsToSnapshot: true,
    enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: `arn:aws:kms:${HOME}:${ACCOUNT}:key/00000000-0000-4000-8000-000000000001`,
  }, { owner: 'orders', env: 'prod', data_classification: 'sensitive' }),
  // Lifted and shifted years ago for a reporting tool that connects from outside AWS.
  dbInstance('legacy-mysql', {
    engine: 'mysql',
    engineVersion: '5.7.44',
    instanceClass: 'db.t3.medium',
    publiclyAccessible: true,
    storageEncrypted: false,
    kmsKeyId: ABSENT,
    backupRetentionPeriod: 1,
    multiAz: false,
    deletionProtection: false,
    copyTagsToSnapshot: false,
    enabledCloudwatchLogsExports: [],
    performanceInsightsEnabled: false,
  }, { owner: 'finance', env: 'prod' }),
];

// ---------------------------------------------------------------- IAM

const IAM_USER_OPS = [
  'iam:ListUsers',
  'iam:GetLoginProfile',
  'iam:ListMFADevices',
  'iam:ListAccessKeys',
  'iam:GetAccessKeyLastUsed',
  'iam:ListAttachedUserPolicies',
  'iam:ListUserPolicies',
  'iam:ListGroupsForUser',
];

function iamUser(name: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  const arn = `arn:aws:iam::${ACCOUNT}:user/${name}`;
  return live({
    uid: arn,
    type: 'aws.iam.user',
    name,
    tags,
    operations: IAM_USER_OPS,
    attributes: { arn, attachedPolicyArns: [], inlinePolicies: {}, groups: [], accessKeys: [], passwordLastUsed: ABSENT, ...attributes },
  });
}
const mfa = (user: string, kind: 'virtual' | 'hardware' | 'passkey', enabledAt: string): JsonValue => ({
  serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/${user}`,
  kind,
  enabledAt,
});

const iam = [
  live({
    uid: `arn:aws:iam::${ACCOUNT}:root`,
    type: 'aws.iam.account',
    name: ACCOUNT,
    operations: ['iam:GetAccountSummary', 'iam:GetAccountPasswordPolicy', 'iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
    attributes: {
      // A root key created for a billing script in 2019 and never removed.
      rootAccessKeysPresent: true,
      rootMfaEnabled: true,
      rootHardwareMfa: false,
      rootLastUsed: '2026-10-02T07:41:00Z',
      passwordPolicy: {
        minimumLength: 14,
        requireSymbols: true,
        requireNumbers: true,
        requireUppercase: true,
        requireLowercase: true,
        reusePrevention: 24,
        allowUsersToChange: true,
      },
    },
  }),
  iamUser('alice.admin', {
    createdAt: '2021-03-15T10:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-27T08:12:00Z',
    mfaDevices: [mfa('alice.admin', 'passkey', '2024-05-02T09:30:00Z')],
    groups: ['Administrators'],
  }, { team: 'platform' }),
  iamUser('bob.dev', {
    createdAt: '2023-09-01T12:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-20T16:45:00Z',
    mfaDevices: [],
    groups: ['Developers'],
  }, { team: 'payments' }),
  iamUser('ci-deploy', {
    createdAt: '2022-01-10T09:00:00Z',
    consoleAccess: false,
    mfaDevices: [],
    // Masked the way the collector stores key ids: first and last four characters only.
    accessKeys: [{ id: 'AKIA…MPLE', status: 'Active', createdAt: '2025-06-01T00:00:00Z', lastUsedAt: '2026-11-28T22:10:00Z' }],
    attachedPolicyArns: [`arn:aws:iam::${ACCOUNT}:policy/deploy-artifacts`],
  }, { team: 'platform', purpose: 'ci' }),
  // The scanner role is denied iam:ListMFADevices on users under /contractors/.
  iamUser('carol.contractor', {
    createdAt: '2025-02-03T11:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-25T13:05:00Z',
    mfaDevices: denied('iam:ListMFADevices'),
    groups: ['ReadOnly'],
  }, { team: 'audit' }),
];

const issues: SourceIssue[] = [
  {
    kind: 'collection-error',
    message: 's3:GetBucketLogging failed: AccessDenied (bucket examplecorp-legacy-reports)',
    service: 's3',
    region: 'eu-west-1',
    operation: 's3:GetBucketLogging',
    errorCode: 'AccessDenied',
  },
  {
    kind: 'collection-error',
    message: 'iam:ListMFADevices failed: AccessDenied (user carol.contractor)',
    service: 'iam',
    operation: 'iam:ListMFADevices',
    errorCode: 'AccessDenied',
  },
];

/** The example snapshot, built the same way every time. */
export function exampleSnapshot(): Snapshot {
  const resources = [...s3, ...securityGroups, ...volumes, ...databases, ...iam];
  return buildSnapshot(resources, issues, {
    kind: 'example',
    description: `Fictional AWS account ${ACCOUNT} (ExampleCorp) with planted misconfigurations; see examples/environment/README.md`,
    accounts: [ACCOUNT],
    regions: [HOME, 'eu-west-1'],
    tool: 'examples/environment/generate.ts',
  }, GENERATED_AT);
}

export const INVENTORY_FILE = fileURLToPath(new URL('./inventory.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(INVENTORY_FILE, serializeSnapshot(exampleSnapshot()));
  console.log(`wrote ${INVENTORY_FILE}`);
}
