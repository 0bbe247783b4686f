/**
 * Builds examples/environment/inventory.json: a snapshot of the fictional AWS account 111122223333
 * ("ExampleCorp") with planted misconfigurations, so `parapet scan --snapshot` shows real findings
 * of every severity without cloud credentials. README.md beside this file lists what is planted;
 * its "Counts" section is written by this script from a scan of the result.
 *
 * Run: npx tsx examples/environment/generate.ts
 *
 * Every id here is fake (repeated digits, example names, documentation IP ranges); no secret or real
 * account appears. Resources are live-shaped, so every attribute of each type is present: a missing
 * one would read as "not collected" and turn into ERROR results. Only the two planted AccessDenied
 * reads are unknown.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AttrInput } from '../../src/core/fixtures.js';
import { absentAttr, unknownAttr } from '../../src/core/fixtures.js';
import type { Evidence, Finding, JsonValue, Relationship, Resource, SourceIssue, Tags } from '../../src/core/index.js';
import { SEVERITIES, STATUSES, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import type { Snapshot } from '../../src/sources/snapshot/index.js';
import { buildSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';

export const ACCOUNT = '111122223333';
/** A partner account that appears in trust and key policies. Fictional like the rest. */
const PARTNER = '444455556666';
const HOME = 'us-east-1';
const EU = 'eu-west-1';
export const REGIONS = [HOME, EU] as const;
export const GENERATED_AT = new Date('2026-11-29T09:00:00.000Z');

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

const arn = (service: string, region: string, rest: string) => `arn:aws:${service}:${region}:${ACCOUNT}:${rest}`;
const iamArn = (rest: string) => `arn:aws:iam::${ACCOUNT}:${rest}`;
const awsPolicy = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const doc = (...Statement: JsonValue[]): JsonValue => ({ Version: '2012-10-17', Statement });

// ---------------------------------------------------------------- KMS

const keyId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const keyArn = (n: number, region: string = HOME) => arn('kms', region, `key/${keyId(n)}`);
/** Customer managed keys by purpose. */
const KEY = {
  data: keyArn(1),
  exports: keyArn(2),
  logs: keyArn(3),
  partner: keyArn(4),
  retired: keyArn(5),
  eu: keyArn(6, EU),
};
const AWS_EBS_KEY = keyArn(10);
const ROOT_ONLY_KEY_POLICY = doc({ Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: iamArn('root') }, Action: 'kms:*', Resource: '*' });

function kmsKey(n: number, region: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  return live({
    uid: keyArn(n, region),
    type: 'aws.kms.key',
    name: keyId(n),
    region,
    tags,
    operations: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy', 'kms:ListResourceTags'],
    attributes: {
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      multiRegion: false,
      rotationEnabled: true,
      rotationPeriodDays: 365,
      policy: ROOT_ONLY_KEY_POLICY,
      ...attributes,
    },
  });
}

const kmsKeys = [
  kmsKey(1, HOME, { description: 'Application data (orders, artifacts, queues)' }, { owner: 'platform' }),
  // Created by the data team in 2022; nobody turned rotation on.
  kmsKey(2, HOME, { description: 'Customer data exports', rotationEnabled: false, rotationPeriodDays: ABSENT }, { owner: 'data-platform' }),
  kmsKey(3, HOME, {
    description: 'CloudTrail and security logs',
    policy: doc(
      { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: iamArn('root') }, Action: 'kms:*', Resource: '*' },
      {
        Sid: 'AllowCloudTrailToEncrypt',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 'kms:GenerateDataKey*',
        Resource: '*',
        Condition: { StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:aws:cloudtrail:*:${ACCOUNT}:trail/*` } },
      },
      {
        Sid: 'AllowCloudWatchLogs',
        Effect: 'Allow',
        Principal: { Service: `logs.${HOME}.amazonaws.com` },
        Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        Resource: '*',
      },
    ),
  }, { owner: 'security' }),
  // Shared with a former analytics partner for a one-off data exchange.
  kmsKey(4, HOME, {
    description: 'Partner data exchange',
    policy: doc(
      { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: iamArn('root') }, Action: 'kms:*', Resource: '*' },
      { Sid: 'PartnerDecrypt', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER}:root` }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' },
    ),
  }, { owner: 'data-platform' }),
  // Someone scheduled this one for deletion; the batch jobs that used it may still have data under it.
  kmsKey(5, HOME, { description: 'Old batch jobs', keyState: 'PendingDeletion' }, { owner: 'finance' }),
  kmsKey(6, EU, { description: 'EU application data' }, { owner: 'platform' }),
  kmsKey(10, HOME, {
    keyManager: 'AWS',
    description: 'Default key that protects my EBS volumes when no other key is defined',
    rotationEnabled: true,
    policy: doc({ Sid: 'AllowEBSInThisAccount', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:CreateGrant', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': `ec2.${HOME}.amazonaws.com` } } }),
  }),
];

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
const TRAIL_BUCKET = 'examplecorp-cloudtrail-logs';
const logsTo = (bucket: string) => ({ enabled: true, targetBucket: LOG_BUCKET, targetPrefix: `${bucket}/` });
const sseKms = (key: string) => ({ enabled: true, type: 'aws:kms', kmsKeyId: key, bucketKeyEnabled: true });
const SSE_S3 = { enabled: true, type: 'AES256', bucketKeyEnabled: false };
/** The statement CIS asks for: refuse every request that does not use TLS. */
const denyInsecure = (bucket: string): JsonValue => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

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
    attributes: { acl: PRIVATE_ACL, policy: doc(denyInsecure(name)), ownershipControls: 'BucketOwnerEnforced', ...attributes },
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
    encryption: sseKms(KEY.exports),
    versioning: UNVERSIONED,
    logging: logsTo('examplecorp-customer-exports'),
  }),
  // Marketing site assets: no bucket-level Block Public Access and a policy granting everyone read.
  bucket('examplecorp-public-website', HOME, { owner: 'marketing', env: 'prod' }, {
    publicAccessBlock: null,
    encryption: SSE_S3,
    versioning: VERSIONED,
    logging: { enabled: false },
    policy: doc({
      Sid: 'PublicReadForWebsite',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::examplecorp-public-website/*',
    }),
  }),
  // The model bucket: every control on.
  bucket('examplecorp-app-artifacts', HOME, { owner: 'platform', env: 'prod', data_classification: 'internal' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: sseKms(KEY.data),
    versioning: { ...VERSIONED, mfaDelete: true },
    logging: logsTo('examplecorp-app-artifacts'),
  }),
  // The log bucket: no encryption configuration of its own (the S3 default applies) and, as usual, not logged itself.
  bucket(LOG_BUCKET, HOME, { owner: 'security', env: 'prod' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: ABSENT,
    versioning: VERSIONED,
    logging: { enabled: false },
    policy: doc(denyInsecure(LOG_BUCKET), {
      Sid: 'S3ServerAccessLogsPolicy',
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::${LOG_BUCKET}/*`,
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
    }),
  }),
  // Where the organisation trail writes: private, encrypted with the log key, versioned and logged.
  bucket(TRAIL_BUCKET, HOME, { owner: 'security', env: 'prod', data_classification: 'restricted' }, {
    publicAccessBlock: ALL_BLOCKED,
    encryption: sseKms(KEY.logs),
    versioning: { ...VERSIONED, mfaDelete: true },
    logging: logsTo(TRAIL_BUCKET),
    policy: doc(
      denyInsecure(TRAIL_BUCKET),
      { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${TRAIL_BUCKET}`, Condition: { StringEquals: { 'aws:SourceArn': arn('cloudtrail', HOME, 'trail/examplecorp-main') } } },
      { Sid: 'AWSCloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${TRAIL_BUCKET}/AWSLogs/${ACCOUNT}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': arn('cloudtrail', HOME, 'trail/examplecorp-main') } } },
    ),
  }),
  // An old reporting bucket in Ireland: policy flags on at bucket level (the account adds the ACL flags),
  // versioning suspended, and the scanner role may not read its bucket policy.
  bucket('examplecorp-legacy-reports', EU, { owner: 'finance', env: 'prod', data_classification: 'internal' }, {
    publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: true },
    encryption: SSE_S3,
    versioning: { enabled: false, status: 'Suspended', mfaDelete: false },
    logging: { enabled: false },
    policy: denied('s3:GetBucketPolicy'),
  }),
];

// ---------------------------------------------------------------- VPC and network

const VPC = 'vpc-0aaaaaaaaaaaaaaa1';
const EU_DEFAULT_VPC = 'vpc-0eeeeeeeeeeeeeee1';
const vpcArn = (id: string, region: string = HOME) => arn('ec2', region, `vpc/${id}`);
const FLOW_LOG_GROUP = '/aws/vpc/flow-logs';

const vpcs = [
  live({
    uid: vpcArn(VPC),
    type: 'aws.ec2.vpc',
    name: VPC,
    region: HOME,
    tags: { Name: 'prod', env: 'prod' },
    operations: ['ec2:DescribeVpcs', 'ec2:DescribeFlowLogs'],
    attributes: {
      cidrBlock: '10.0.0.0/16',
      isDefault: false,
      flowLogs: [{ id: 'fl-0aaaaaaaaaaaaaaa1', trafficType: 'ALL', status: 'ACTIVE', destinationType: 'cloud-watch-logs', destination: arn('logs', HOME, `log-group:${FLOW_LOG_GROUP}`) }],
    },
  }),
  // The default VPC of eu-west-1, never removed and never watched; the legacy reporting box still runs in it.
  live({
    uid: vpcArn(EU_DEFAULT_VPC, EU),
    type: 'aws.ec2.vpc',
    name: EU_DEFAULT_VPC,
    region: EU,
    operations: ['ec2:DescribeVpcs', 'ec2:DescribeFlowLogs'],
    attributes: { cidrBlock: '172.31.0.0/16', isDefault: true, flowLogs: [] },
  }),
];

function subnet(id: string, region: string, vpcId: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  return live({
    uid: arn('ec2', region, `subnet/${id}`),
    type: 'aws.ec2.subnet',
    name: id,
    region,
    tags,
    operations: ['ec2:DescribeSubnets'],
    attributes: { vpcId, defaultForAz: false, ...attributes },
    relationships: [{ kind: 'member-of', target: vpcArn(vpcId, region) }],
  });
}
const SUBNET = { publicA: 'subnet-0aaaaaaaaaaaaaa01', privateA: 'subnet-0aaaaaaaaaaaaaa11', privateB: 'subnet-0aaaaaaaaaaaaaa12', euDefault: 'subnet-0eeeeeeeeeeeeee01' };

const subnets = [
  // The public subnet of the load balancers and the bastion: it hands out public addresses, which is its purpose.
  subnet(SUBNET.publicA, HOME, VPC, { cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: true }, { Name: 'prod-public-a', tier: 'public' }),
  subnet(SUBNET.privateA, HOME, VPC, { cidrBlock: '10.0.10.0/24', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: false }, { Name: 'prod-private-a', tier: 'private' }),
  subnet(SUBNET.privateB, HOME, VPC, { cidrBlock: '10.0.11.0/24', availabilityZone: 'us-east-1b', mapPublicIpOnLaunch: false }, { Name: 'prod-private-b', tier: 'private' }),
  subnet(SUBNET.euDefault, EU, EU_DEFAULT_VPC, { cidrBlock: '172.31.0.0/20', availabilityZone: 'eu-west-1a', mapPublicIpOnLaunch: true, defaultForAz: true }, {}),
];

const aclEntry = (ruleNumber: number, ruleAction: 'allow' | 'deny', cidrBlock: string, protocol = '-1', ports?: [number, number]): JsonValue => ({
  ruleNumber,
  protocol,
  ruleAction,
  cidrBlock,
  ...(ports ? { fromPort: ports[0], toPort: ports[1] } : {}),
});
function networkAcl(id: string, region: string, vpcId: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  return live({
    uid: arn('ec2', region, `network-acl/${id}`),
    type: 'aws.ec2.network-acl',
    name: id,
    region,
    tags,
    operations: ['ec2:DescribeNetworkAcls'],
    attributes: { vpcId, ...attributes },
  });
}

const networkAcls = [
  // Default ACLs allow everything by design; security groups do the filtering.
  networkAcl('acl-0aaaaaaaaaaaaaaa1', HOME, VPC, {
    isDefault: true,
    ingress: [aclEntry(100, 'allow', '0.0.0.0/0')],
    egress: [aclEntry(100, 'allow', '0.0.0.0/0')],
    subnetIds: [SUBNET.privateA, SUBNET.privateB],
  }),
  // The public subnet's ACL: web ports and ephemeral return traffic, plus SSH to the bastion from anywhere.
  networkAcl('acl-0aaaaaaaaaaaaaaa2', HOME, VPC, {
    isDefault: false,
    ingress: [
      aclEntry(100, 'allow', '0.0.0.0/0', 'tcp', [443, 443]),
      aclEntry(110, 'allow', '0.0.0.0/0', 'tcp', [80, 80]),
      aclEntry(120, 'allow', '0.0.0.0/0', 'tcp', [22, 22]),
      aclEntry(130, 'allow', '0.0.0.0/0', 'tcp', [1024, 65535]),
    ],
    egress: [aclEntry(100, 'allow', '0.0.0.0/0')],
    subnetIds: [SUBNET.publicA],
  }, { Name: 'prod-public' }),
  networkAcl('acl-0eeeeeeeeeeeeeee1', EU, EU_DEFAULT_VPC, {
    isDefault: true,
    ingress: [aclEntry(100, 'allow', '0.0.0.0/0')],
    egress: [aclEntry(100, 'allow', '0.0.0.0/0')],
    subnetIds: [SUBNET.euDefault],
  }),
];

const IGW = { prod: 'igw-0aaaaaaaaaaaaaaa1', euDefault: 'igw-0eeeeeeeeeeeeeee1' };
const PEERING = 'pcx-0aaaaaaaaaaaaaaa1';
const localRoute = (cidr: string): JsonValue => ({ destinationCidr: cidr, targetKind: 'local', targetId: 'local', state: 'active' });
function routeTable(id: string, region: string, vpcId: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  return live({
    uid: arn('ec2', region, `route-table/${id}`),
    type: 'aws.ec2.route-table',
    name: id,
    region,
    tags,
    operations: ['ec2:DescribeRouteTables'],
    attributes: { vpcId, gatewayIds: [], ...attributes },
    relationships: [...((attributes.subnetIds as string[] | undefined) ?? []).map((sn) => ({ kind: 'applies-to', target: arn('ec2', region, `subnet/${sn}`) }))],
  });
}

const routeTables = [
  // Main table of the prod VPC: local only, so subnets nobody associated stay private.
  routeTable('rtb-0aaaaaaaaaaaaaaa1', HOME, VPC, { main: true, subnetIds: [], routes: [localRoute('10.0.0.0/16')] }, { Name: 'prod-main' }),
  routeTable('rtb-0aaaaaaaaaaaaaaa2', HOME, VPC, {
    main: false,
    subnetIds: [SUBNET.publicA],
    routes: [localRoute('10.0.0.0/16'), { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: IGW.prod, state: 'active' }],
  }, { Name: 'prod-public' }),
  // The private subnets reach the partner's VPC, but the route hands the whole 10/8 to the peering.
  routeTable('rtb-0aaaaaaaaaaaaaaa3', HOME, VPC, {
    main: false,
    subnetIds: [SUBNET.privateA, SUBNET.privateB],
    routes: [localRoute('10.0.0.0/16'), { destinationCidr: '10.0.0.0/8', targetKind: 'vpc-peering', targetId: PEERING, state: 'active' }],
  }, { Name: 'prod-private' }),
  // The untouched default VPC of eu-west-1: its main table sends everything to the internet gateway.
  routeTable('rtb-0eeeeeeeeeeeeeee1', EU, EU_DEFAULT_VPC, {
    main: true,
    subnetIds: [],
    routes: [localRoute('172.31.0.0/16'), { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: IGW.euDefault, state: 'active' }],
  }),
];

const internetGateways = [
  live({ uid: arn('ec2', HOME, `internet-gateway/${IGW.prod}`), type: 'aws.ec2.internet-gateway', name: IGW.prod, region: HOME, tags: { Name: 'prod' }, operations: ['ec2:DescribeInternetGateways'], attributes: { attachments: [{ vpcId: VPC, state: 'available' }] }, relationships: [{ kind: 'attached-to', target: vpcArn(VPC) }] }),
  live({ uid: arn('ec2', EU, `internet-gateway/${IGW.euDefault}`), type: 'aws.ec2.internet-gateway', name: IGW.euDefault, region: EU, operations: ['ec2:DescribeInternetGateways'], attributes: { attachments: [{ vpcId: EU_DEFAULT_VPC, state: 'available' }] }, relationships: [{ kind: 'attached-to', target: vpcArn(EU_DEFAULT_VPC, EU) }] }),
];

// ---------------------------------------------------------------- Organizations

// The account is the management account of an all-features organisation with one guardrail SCP.
const ORG_ID = 'o-exampleorg1';
const organizations = [
  live({
    uid: `arn:aws:organizations::${ACCOUNT}:account`,
    type: 'aws.organizations.account',
    name: `organizations ${ACCOUNT}`,
    operations: ['organizations:DescribeOrganization', 'organizations:ListRoots', 'organizations:ListPolicies', 'organizations:DescribePolicy', 'organizations:ListTargetsForPolicy'],
    attributes: {
      inOrganization: true,
      organizationId: ORG_ID,
      featureSet: 'ALL',
      managementAccountId: ACCOUNT,
      isManagementAccount: true,
      enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
      serviceControlPolicies: [
        { id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }), targets: [{ id: 'r-ex01', type: 'ROOT' }] },
        {
          id: 'p-exguard01',
          name: 'deny-leaving-and-trail-tampering',
          awsManaged: false,
          document: doc({ Sid: 'Guardrails', Effect: 'Deny', Action: ['organizations:LeaveOrganization', 'cloudtrail:StopLogging', 'cloudtrail:DeleteTrail'], Resource: '*' }),
          targets: [{ id: 'r-ex01', type: 'ROOT' }],
        },
      ],
    },
  }),
];

// ---------------------------------------------------------------- EC2 security groups

const ALL_OUT = [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }];
const sgId = (digit: string) => `sg-0${digit.repeat(16)}`;

function securityGroup(id: string, groupName: string, description: string, ingress: JsonValue[], attachedEnis: number, tags: Tags = {}, egress: JsonValue[] = ALL_OUT): Resource {
  return live({
    uid: arn('ec2', HOME, `security-group/${id}`),
    type: 'aws.ec2.security-group',
    name: groupName,
    region: HOME,
    tags: { Name: groupName, ...tags },
    operations: ['ec2:DescribeSecurityGroups', 'ec2:DescribeNetworkInterfaces'],
    attributes: { groupName, description, vpcId: VPC, ingress, egress, attachedEnis },
    relationships: [{ kind: 'member-of', target: vpcArn(VPC) }],
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

// ---------------------------------------------------------------- EC2 compute and storage

const instanceId = (n: string) => `i-0${n.repeat(16)}`;
const INSTANCE_PROFILE = iamArn('instance-profile/app-instance');
const AMI = 'ami-0aaaaaaaaaaaaaaa1';
const rootDevice = (encrypted: boolean, kmsKeyId?: string): JsonValue => ({ deviceName: '/dev/xvda', root: true, encrypted, ...(kmsKeyId ? { kmsKeyId } : {}) });
const dataDevice = (encrypted: boolean, kmsKeyId?: string): JsonValue => ({ deviceName: '/dev/sdf', root: false, encrypted, ...(kmsKeyId ? { kmsKeyId } : {}) });
const IMDSV2 = { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 };

function instance(n: string, name: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  return live({
    uid: arn('ec2', HOME, `instance/${instanceId(n)}`),
    type: 'aws.ec2.instance',
    name: instanceId(n),
    region: HOME,
    tags: { Name: name, ...tags },
    // User data is deliberately not collected from live instances (the secret rules judge code only).
    operations: ['ec2:DescribeInstances'],
    attributes: {
      state: 'running',
      imageId: AMI,
      vpcId: VPC,
      subnetId: SUBNET.privateA,
      publicIp: ABSENT,
      iamInstanceProfileArn: INSTANCE_PROFILE,
      metadataOptions: IMDSV2,
      monitoring: false,
      ebsOptimized: true,
      ...attributes,
    },
    relationships: [{ kind: 'member-of', target: vpcArn(VPC) }],
  });
}

const instances = [
  instance('a', 'app-1', { instanceType: 'm6i.large', securityGroupIds: [SG.app], monitoring: true, blockDevices: [rootDevice(true, AWS_EBS_KEY)] }, { env: 'prod' }),
  instance('b', 'app-2', { instanceType: 'm6i.large', securityGroupIds: [SG.app], subnetId: SUBNET.privateB, monitoring: true, blockDevices: [rootDevice(true, AWS_EBS_KEY), dataDevice(true, AWS_EBS_KEY)] }, { env: 'prod' }),
  // Built from an old AMI before IMDSv2 and EBS encryption by default; its data volume is vol-0333...
  instance('c', 'reporting-1', {
    instanceType: 'r5.xlarge',
    imageId: 'ami-0bbbbbbbbbbbbbbb1',
    securityGroupIds: [SG.app],
    metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    blockDevices: [rootDevice(true, AWS_EBS_KEY), dataDevice(false)],
  }, { env: 'prod', owner: 'finance' }),
  // The jump host sits in the public subnet with an address from the documentation range.
  instance('d', 'bastion', {
    instanceType: 't3.micro',
    subnetId: SUBNET.publicA,
    publicIp: '203.0.113.10',
    securityGroupIds: [SG.bastion],
    iamInstanceProfileArn: ABSENT,
    blockDevices: [rootDevice(true, AWS_EBS_KEY)],
  }, { env: 'prod' }),
];

function volume(digit: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  const id = `vol-0${digit.repeat(16)}`;
  const attached = attributes.attachedInstances;
  return live({
    uid: arn('ec2', HOME, `volume/${id}`),
    type: 'aws.ec2.volume',
    name: id,
    region: HOME,
    tags,
    operations: ['ec2:DescribeVolumes'],
    attributes,
    ...(Array.isArray(attached) && attached.length
      ? { relationships: attached.map((i) => ({ kind: 'attached-to', target: arn('ec2', HOME, `instance/${String(i)}`) })) }
      : {}),
  });
}

const volumes = [
  volume('1', { encrypted: true, kmsKeyId: AWS_EBS_KEY, sizeGiB: 50, volumeType: 'gp3', state: 'in-use', attachedInstances: [instanceId('a')] }, { Name: 'app-1-root' }),
  volume('2', { encrypted: true, kmsKeyId: AWS_EBS_KEY, sizeGiB: 200, volumeType: 'gp3', state: 'in-use', attachedInstances: [instanceId('b')] }, { Name: 'app-2-data' }),
  // Created before EBS encryption by default was switched on in the region.
  volume('3', { encrypted: false, kmsKeyId: ABSENT, sizeGiB: 500, volumeType: 'gp2', state: 'in-use', attachedInstances: [instanceId('c')] }, { Name: 'reporting-data' }),
];

function snapshot(digit: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  const id = `snap-0${digit.repeat(16)}`;
  return live({
    uid: arn('ec2', HOME, `snapshot/${id}`),
    type: 'aws.ec2.snapshot',
    name: id,
    region: HOME,
    tags,
    operations: ['ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute'],
    attributes: { public: false, sharedWithAccounts: [], ...attributes },
  });
}

const snapshots = [
  snapshot('1', { volumeId: 'vol-02222222222222222', encrypted: true, kmsKeyId: AWS_EBS_KEY }, { Name: 'app-2-data-nightly' }),
  // Shared with "all" during a support case in 2024 to hand data to a vendor, and never unshared.
  snapshot('2', { volumeId: 'vol-03333333333333333', encrypted: false, kmsKeyId: ABSENT, public: true }, { Name: 'reporting-data-for-vendor' }),
];

const images = [
  live({
    uid: arn('ec2', HOME, `image/${AMI}`),
    type: 'aws.ec2.image',
    name: AMI,
    region: HOME,
    tags: { Name: 'examplecorp-base-al2023' },
    operations: ['ec2:DescribeImages', 'ec2:DescribeImageAttribute'],
    attributes: { public: false, sharedWithAccounts: [], state: 'available', blockDevices: [rootDevice(true, AWS_EBS_KEY)] },
  }),
];

const launchSettings = [
  live({
    uid: arn('ec2', HOME, 'launch-template/lt-0aaaaaaaaaaaaaaa1'),
    type: 'aws.ec2.launch-template',
    name: 'app-servers-template',
    region: HOME,
    tags: { env: 'prod' },
    operations: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
    attributes: {
      versionNumber: 7,
      imageId: AMI,
      instanceType: 'm6i.large',
      metadataOptions: IMDSV2,
      blockDevices: [rootDevice(true, KEY.data)],
      associatePublicIpAddress: false,
    },
  }),
  // The Auto Scaling group of the old reporting workers still uses a launch configuration.
  live({
    uid: arn('autoscaling', HOME, 'launchConfiguration:11111111-2222-4333-8444-555555555555:launchConfigurationName/reporting-workers-2021'),
    type: 'aws.autoscaling.launch-configuration',
    name: 'reporting-workers-2021',
    region: HOME,
    operations: ['autoscaling:DescribeLaunchConfigurations'],
    attributes: {
      imageId: 'ami-0bbbbbbbbbbbbbbb1',
      instanceType: 'r5.large',
      metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
      blockDevices: [rootDevice(false)],
      associatePublicIpAddress: true,
    },
  }),
];

const regionSettings = [
  live({
    uid: arn('ec2', HOME, 'region-settings'),
    type: 'aws.ec2.region-settings',
    name: `ec2 settings ${HOME}`,
    region: HOME,
    operations: ['ec2:GetEbsEncryptionByDefault'],
    attributes: { ebsEncryptionByDefault: true },
  }),
  // Turned on in the main region only.
  live({
    uid: arn('ec2', EU, 'region-settings'),
    type: 'aws.ec2.region-settings',
    name: `ec2 settings ${EU}`,
    region: EU,
    operations: ['ec2:GetEbsEncryptionByDefault'],
    attributes: { ebsEncryptionByDefault: false },
  }),
];

// ---------------------------------------------------------------- RDS

function dbInstance(name: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  return live({
    uid: arn('rds', HOME, `db:${name}`),
    type: 'aws.rds.db-instance',
    name,
    region: HOME,
    tags,
    operations: ['rds:DescribeDBInstances'],
    attributes: {
      iamDatabaseAuthentication: false,
      autoMinorVersionUpgrade: true,
      clusterIdentifier: ABSENT,
      performanceInsightsKmsKeyId: ABSENT,
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
    kmsKeyId: KEY.data,
    backupRetentionPeriod: 14,
    multiAz: true,
    deletionProtection: true,
    iamDatabaseAuthentication: true,
    copyTagsToSnapshot: true,
    enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: KEY.data,
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
    autoMinorVersionUpgrade: false,
    copyTagsToSnapshot: false,
    enabledCloudwatchLogsExports: [],
    performanceInsightsEnabled: false,
  }, { owner: 'finance', env: 'prod' }),
];

function dbCluster(name: string, attributes: Record<string, Attr>, tags: Tags): Resource {
  return live({
    uid: arn('rds', HOME, `cluster:${name}`),
    type: 'aws.rds.cluster',
    name,
    region: HOME,
    tags,
    operations: ['rds:DescribeDBClusters'],
    attributes,
  });
}

const dbClusters = [
  dbCluster('payments-aurora', {
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    storageEncrypted: true,
    kmsKeyId: KEY.data,
    backupRetentionPeriod: 35,
    deletionProtection: true,
    iamDatabaseAuthenticationEnabled: true,
    enabledCloudwatchLogsExports: ['postgresql'],
    copyTagsToSnapshot: true,
  }, { owner: 'payments', env: 'prod', data_classification: 'sensitive' }),
  // A DocumentDB cluster created from the console for a proof of concept that went to production.
  dbCluster('catalog-docdb', {
    engine: 'docdb',
    engineVersion: '5.0.0',
    storageEncrypted: true,
    kmsKeyId: arn('kms', HOME, 'alias/aws/rds'),
    backupRetentionPeriod: 1,
    deletionProtection: false,
    iamDatabaseAuthenticationEnabled: false,
    enabledCloudwatchLogsExports: [],
    copyTagsToSnapshot: false,
  }, { owner: 'catalog', env: 'prod' }),
];

const dbSnapshots = [
  live({
    uid: arn('rds', HOME, 'cluster-snapshot:payments-aurora-before-upgrade'),
    type: 'aws.rds.snapshot',
    name: 'payments-aurora-before-upgrade',
    region: HOME,
    operations: ['rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshotAttributes'],
    attributes: { snapshotKind: 'cluster', snapshotType: 'manual', encrypted: true, restoreAccountIds: [] },
  }),
  live({
    uid: arn('rds', HOME, 'snapshot:legacy-mysql-export-2024'),
    type: 'aws.rds.snapshot',
    name: 'legacy-mysql-export-2024',
    region: HOME,
    operations: ['rds:DescribeDBSnapshots', 'rds:DescribeDBSnapshotAttributes'],
    // Shared with the partner account for a data migration; not public.
    attributes: { snapshotKind: 'instance', snapshotType: 'manual', encrypted: false, restoreAccountIds: [PARTNER] },
  }),
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
const IAM_DETAILS = ['iam:GetAccountAuthorizationDetails'];

function iamUser(name: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  const userArn = iamArn(`user/${name}`);
  return live({
    uid: userArn,
    type: 'aws.iam.user',
    name,
    tags,
    operations: IAM_USER_OPS,
    attributes: { arn: userArn, attachedPolicyArns: [], inlinePolicies: {}, groups: [], accessKeys: [], passwordLastUsed: ABSENT, ...attributes },
  });
}
const mfa = (user: string, kind: 'virtual' | 'hardware' | 'passkey', enabledAt: string): JsonValue => ({
  serialNumber: iamArn(`mfa/${user}`),
  kind,
  enabledAt,
});
/** Access key ids are stored masked, first and last four characters, as the collector does. */
// Access key ids as a live scan stores them: masked to the first and last four characters. The
// source holds only the masked form, so no full key id (real or fake) is written anywhere.
const maskedKey = (lastFour: string) => `AKIA…${lastFour}`;

const users = [
  iamUser('alice.admin', {
    createdAt: '2021-03-15T10:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-27T08:12:00Z',
    mfaDevices: [mfa('alice.admin', 'passkey', '2024-05-02T09:30:00Z')],
    groups: ['Administrators'],
  }, { team: 'platform' }),
  // Console without MFA, and an access key from early 2025 that is still in daily use.
  iamUser('bob.dev', {
    createdAt: '2023-09-01T12:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-20T16:45:00Z',
    mfaDevices: [],
    accessKeys: [{ id: maskedKey('7Q2A'), status: 'Active', createdAt: '2025-01-15T10:00:00Z', lastUsedAt: '2026-11-27T17:02:00Z' }],
    groups: ['Developers'],
  }, { team: 'payments' }),
  iamUser('ci-deploy', {
    createdAt: '2022-01-10T09:00:00Z',
    consoleAccess: false,
    mfaDevices: [],
    accessKeys: [{ id: maskedKey('MPLE'), status: 'Active', createdAt: '2026-11-01T00:00:00Z', lastUsedAt: '2026-11-28T22:10:00Z' }],
    attachedPolicyArns: [iamArn('policy/deploy-artifacts')],
  }, { team: 'platform', purpose: 'ci' }),
  // The scanner role is denied iam:ListMFADevices on users under /contractors/.
  iamUser('carol.contractor', {
    createdAt: '2025-02-03T11:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-25T13:05:00Z',
    mfaDevices: denied('iam:ListMFADevices'),
    groups: ['ReadOnly'],
  }, { team: 'audit' }),
  // Left the company in the spring; password and a never-used key are still there.
  iamUser('erin.former', {
    createdAt: '2024-02-01T09:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-05-08T15:20:00Z',
    mfaDevices: [mfa('erin.former', 'virtual', '2024-02-01T09:15:00Z')],
    accessKeys: [{ id: maskedKey('0003'), status: 'Active', createdAt: '2024-02-01T09:20:00Z' }],
    groups: ['Developers'],
  }, { team: 'payments' }),
];

const ADMIN = awsPolicy('AdministratorAccess');
const SUPPORT = awsPolicy('AWSSupportAccess');
const CLOUDSHELL = awsPolicy('AWSCloudShellFullAccess');
const READ_ONLY = awsPolicy('ReadOnlyAccess');
const DEPLOY = iamArn('policy/deploy-artifacts');
const DEV_TOOLS = iamArn('policy/developer-tools');
const OPS_LEGACY = iamArn('policy/ops-automation-legacy');

function group(name: string, attributes: Record<string, Attr>): Resource {
  const groupArn = iamArn(`group/${name}`);
  return live({ uid: groupArn, type: 'aws.iam.group', name, operations: IAM_DETAILS, attributes: { arn: groupArn, inlinePolicies: {}, ...attributes } });
}

const groups = [
  group('Administrators', { members: ['alice.admin'], attachedPolicyArns: [ADMIN] }),
  group('Developers', { members: ['bob.dev', 'erin.former'], attachedPolicyArns: [DEV_TOOLS, CLOUDSHELL] }),
  group('ReadOnly', { members: ['carol.contractor'], attachedPolicyArns: [READ_ONLY] }),
];

function managedPolicy(policyArn: string, attributes: Record<string, Attr>): Resource {
  const awsManaged = policyArn.startsWith('arn:aws:iam::aws:');
  return live({
    uid: policyArn,
    type: 'aws.iam.policy',
    name: policyArn.split('/').pop() ?? policyArn,
    operations: IAM_DETAILS,
    attributes: {
      arn: policyArn,
      path: awsManaged && policyArn.includes('/service-role/') ? '/service-role/' : '/',
      awsManaged,
      defaultVersionId: 'v1',
      attachedUsers: [],
      attachedGroups: [],
      attachedRoles: [],
      ...attributes,
    },
  });
}

const policies = [
  // AWS managed policies are collected because something uses them (documents abridged to their effect).
  managedPolicy(ADMIN, { document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }), attachmentCount: 1, attachedGroups: ['Administrators'] }),
  managedPolicy(SUPPORT, { document: doc({ Effect: 'Allow', Action: ['support:*'], Resource: '*' }), defaultVersionId: 'v2', attachmentCount: 1, attachedRoles: ['examplecorp-support'] }),
  managedPolicy(CLOUDSHELL, {
    document: doc({ Sid: 'CloudShellUser', Effect: 'Allow', Action: ['cloudshell:*'], Resource: '*' }),
    attachmentCount: 1,
    attachedGroups: ['Developers'],
  }),
  managedPolicy(READ_ONLY, {
    document: doc({ Effect: 'Allow', Action: ['ec2:Describe*', 's3:Get*', 's3:List*', 'iam:Get*', 'iam:List*', 'rds:Describe*', 'cloudtrail:LookupEvents', 'logs:Get*'], Resource: '*' }),
    defaultVersionId: 'v118',
    attachmentCount: 2,
    attachedGroups: ['ReadOnly'],
    attachedRoles: ['vendor-audit'],
  }),
  managedPolicy(DEPLOY, {
    document: doc({ Sid: 'PutArtifacts', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::examplecorp-app-artifacts/*' }),
    defaultVersionId: 'v3',
    attachmentCount: 1,
    attachedUsers: ['ci-deploy'],
  }),
  // Grew one "temporary" statement at a time: passing any role to new Lambda functions is an escalation path.
  managedPolicy(DEV_TOOLS, {
    document: doc(
      { Sid: 'Logs', Effect: 'Allow', Action: ['logs:GetLogEvents', 'logs:FilterLogEvents', 'logs:DescribeLogGroups'], Resource: '*' },
      { Sid: 'Functions', Effect: 'Allow', Action: ['lambda:CreateFunction', 'lambda:UpdateFunctionCode', 'lambda:InvokeFunction'], Resource: arn('lambda', HOME, 'function:*') },
      { Sid: 'PassAnyRole', Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
    ),
    defaultVersionId: 'v5',
    attachmentCount: 1,
    attachedGroups: ['Developers'],
  }),
  // Full access, but attached to nobody any more.
  managedPolicy(OPS_LEGACY, { document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }), attachmentCount: 0 }),
];

const trustAccount = doc({ Effect: 'Allow', Principal: { AWS: iamArn('root') }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
const trustService = (service: string) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });

function role(name: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  const roleArn = iamArn(`role/${name}`);
  return live({
    uid: roleArn,
    type: 'aws.iam.role',
    name,
    tags,
    operations: IAM_DETAILS,
    attributes: {
      arn: roleArn,
      path: '/',
      attachedPolicyArns: [],
      inlinePolicies: {},
      permissionsBoundaryArn: ABSENT,
      maxSessionDuration: 3600,
      serviceLinked: false,
      ...attributes,
    },
  });
}

const roles = [
  role('examplecorp-support', { createdAt: '2022-04-01T10:00:00Z', assumeRolePolicy: trustAccount, attachedPolicyArns: [SUPPORT], lastUsedAt: '2026-11-18T10:30:00Z' }, { purpose: 'aws-support' }),
  role('app-instance', {
    createdAt: '2023-01-20T10:00:00Z',
    assumeRolePolicy: trustService('ec2.amazonaws.com'),
    inlinePolicies: { 'read-artifacts': doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::examplecorp-app-artifacts/*' }) },
    lastUsedAt: '2026-11-29T08:55:00Z',
  }),
  // Deploys from GitHub Actions, pinned to the main branch of one repository.
  role('github-actions-deploy', {
    createdAt: '2024-06-10T10:00:00Z',
    assumeRolePolicy: doc({
      Effect: 'Allow',
      Principal: { Federated: iamArn('oidc-provider/token.actions.githubusercontent.com') },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:examplecorp/orders-service:ref:refs/heads/main' },
      },
    }),
    inlinePolicies: { deploy: doc({ Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::examplecorp-app-artifacts/*' }) },
    lastUsedAt: '2026-11-28T16:40:00Z',
  }),
  // A vendor's audit tool assumes this role from the vendor's account, and nothing checks an external id.
  role('vendor-audit', {
    createdAt: '2024-09-01T10:00:00Z',
    assumeRolePolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER}:root` }, Action: 'sts:AssumeRole' }),
    attachedPolicyArns: [READ_ONLY],
    maxSessionDuration: 43200,
    lastUsedAt: '2026-11-26T02:00:00Z',
  }, { vendor: 'example-audit-co' }),
  // Used for a database migration in 2023 and forgotten.
  role('data-migration-2023', { createdAt: '2023-03-01T10:00:00Z', assumeRolePolicy: trustAccount, lastUsedAt: '2024-06-30T12:00:00Z' }),
  role('AWSServiceRoleForConfig', {
    path: '/aws-service-role/config.amazonaws.com/',
    createdAt: '2021-03-15T10:05:00Z',
    assumeRolePolicy: trustService('config.amazonaws.com'),
    attachedPolicyArns: [awsPolicy('aws-service-role/AWSConfigServiceRolePolicy')],
    serviceLinked: true,
    lastUsedAt: '2026-11-29T08:00:00Z',
  }),
];

const serverCertificates = [
  live({
    uid: iamArn('server-certificate/www-examplecorp-2026'),
    type: 'aws.iam.server-certificate',
    name: 'www-examplecorp-2026',
    operations: ['iam:ListServerCertificates'],
    attributes: { arn: iamArn('server-certificate/www-examplecorp-2026'), uploadedAt: '2026-02-01T10:00:00Z', expiration: '2027-03-01T23:59:59Z' },
  }),
  // Replaced by an ACM certificate, never deleted.
  live({
    uid: iamArn('server-certificate/legacy-portal-2024'),
    type: 'aws.iam.server-certificate',
    name: 'legacy-portal-2024',
    operations: ['iam:ListServerCertificates'],
    attributes: { arn: iamArn('server-certificate/legacy-portal-2024'), uploadedAt: '2024-01-10T10:00:00Z', expiration: '2025-01-10T23:59:59Z' },
  }),
];

const iamAccount = live({
  uid: iamArn('root'),
  type: 'aws.iam.account',
  name: ACCOUNT,
  operations: ['iam:GetAccountSummary', 'iam:GetAccountPasswordPolicy', 'iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
  attributes: {
    // A root key created for a billing script in 2019 and never removed; MFA is a virtual device.
    rootAccessKeysPresent: true,
    rootMfaEnabled: true,
    rootHardwareMfa: false,
    rootLastUsed: '2026-10-02T07:41:00Z',
    // Strong, but passwords never expire.
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
});

const iam = [iamAccount, ...users, ...groups, ...policies, ...roles, ...serverCertificates];

// ---------------------------------------------------------------- Logging, monitoring and detection

const ALERTS_TOPIC = arn('sns', HOME, 'security-alerts');
const TRAIL_LOG_GROUP = '/aws/cloudtrail/examplecorp';
const logGroupArn = (name: string, region: string = HOME) => arn('logs', region, `log-group:${name}`);

function trail(name: string, region: string, attributes: Record<string, Attr>, relationships: Relationship[] = []): Resource {
  return live({
    uid: arn('cloudtrail', region, `trail/${name}`),
    type: 'aws.cloudtrail.trail',
    name,
    region,
    operations: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
    attributes: { homeRegion: region, isOrganizationTrail: false, latestDeliveryError: ABSENT, includeGlobalServiceEvents: true, managementEvents: 'All', ...attributes },
    relationships,
  });
}

const trails = [
  // The main trail: every region, validated, KMS-encrypted, into CloudWatch Logs. S3 writes are recorded, reads are not.
  trail('examplecorp-main', HOME, {
    isMultiRegion: true,
    isLogging: true,
    logFileValidation: true,
    kmsKeyId: KEY.logs,
    s3BucketName: TRAIL_BUCKET,
    cloudWatchLogsLogGroupArn: `${logGroupArn(TRAIL_LOG_GROUP)}:*`,
    eventSelectors: {
      eventSelectors: [
        { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] },
        { ReadWriteType: 'WriteOnly', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] },
      ],
    },
  }, [
    { kind: 'logs-to', target: `arn:aws:s3:::${TRAIL_BUCKET}` },
    { kind: 'delivers-to-log-group', target: logGroupArn(TRAIL_LOG_GROUP) },
  ]),
  // A single-region trail the Irish team created before the main trail existed: no validation, no KMS,
  // writes into the legacy reports bucket and was stopped during a cost review.
  trail('eu-legacy-audit', EU, {
    isMultiRegion: false,
    isLogging: false,
    logFileValidation: false,
    kmsKeyId: ABSENT,
    s3BucketName: 'examplecorp-legacy-reports',
    cloudWatchLogsLogGroupArn: ABSENT,
    managementEvents: 'WriteOnly',
    eventSelectors: { eventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [] }] },
  }, [{ kind: 'logs-to', target: 'arn:aws:s3:::examplecorp-legacy-reports' }]),
];

/** CIS monitoring filters the security team set up (patterns as the CIS benchmark gives them). */
const FILTERS: { name: string; metricName: string; pattern: string; alarm: boolean }[] = [
  { name: 'root-usage', metricName: 'RootAccountUsage', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', alarm: true },
  {
    name: 'unauthorized-api-calls',
    metricName: 'UnauthorizedAPICalls',
    pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    alarm: true,
  },
  { name: 'console-signin-without-mfa', metricName: 'ConsoleSigninWithoutMFA', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }', alarm: true },
  {
    name: 'iam-policy-changes',
    metricName: 'IAMPolicyChanges',
    pattern:
      '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }',
    alarm: true,
  },
  {
    name: 'cloudtrail-changes',
    metricName: 'CloudTrailChanges',
    pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
    alarm: true,
  },
  // The filter exists, but the alarm on it was deleted when it got noisy.
  {
    name: 'security-group-changes',
    metricName: 'SecurityGroupChanges',
    pattern:
      '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
    alarm: false,
  },
];

function logGroup(name: string, attributes: Record<string, Attr>, tags: Tags = {}): Resource {
  return live({
    uid: logGroupArn(name),
    type: 'aws.logs.log-group',
    name,
    region: HOME,
    tags,
    operations: ['logs:DescribeLogGroups', 'logs:DescribeMetricFilters'],
    attributes: { metricFilters: [], ...attributes },
  });
}

const logGroups = [
  logGroup(TRAIL_LOG_GROUP, {
    retentionDays: 400,
    kmsKeyId: KEY.logs,
    storedBytes: 48_318_382_080,
    metricFilters: FILTERS.map((f) => ({ name: f.name, pattern: f.pattern, metricName: f.metricName, metricNamespace: 'CISBenchmark' })),
  }, { owner: 'security' }),
  logGroup(FLOW_LOG_GROUP, { retentionDays: 365, kmsKeyId: KEY.logs, storedBytes: 9_663_676_416 }, { owner: 'security' }),
  // Created by Lambda on first run, then given two weeks of retention to save money; no KMS key.
  logGroup('/aws/lambda/orders-api', { retentionDays: 14, kmsKeyId: ABSENT, storedBytes: 1_288_490_188 }),
];

const alarms = FILTERS.filter((f) => f.alarm).map((f) =>
  live({
    uid: arn('cloudwatch', HOME, `alarm:cis-${f.name}`),
    type: 'aws.cloudwatch.alarm',
    name: `cis-${f.name}`,
    region: HOME,
    operations: ['cloudwatch:DescribeAlarms'],
    attributes: { metricName: f.metricName, namespace: 'CISBenchmark', actionsEnabled: true, alarmActions: [ALERTS_TOPIC], stateValue: 'OK' },
  }),
);

/** One regional service-settings resource per region, named the way the collector names them. */
function regional(type: string, service: string, region: string, name: string, operations: string[], attributes: Record<string, Attr>): Resource {
  return live({ uid: arn(service, region, service === 'securityhub' ? 'hub/default' : 'region-settings'), type, name: `${name} ${region}`, region, operations, attributes });
}

const detection = [
  regional('aws.config.region', 'config', HOME, 'config', ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus', 'config:DescribeDeliveryChannels'], {
    recorders: [{ name: 'default', recording: true, lastStatus: 'SUCCESS', allSupported: true, includeGlobalResourceTypes: true, roleArn: iamArn('role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig') }],
    deliveryChannels: 1,
  }),
  // The recorder in Ireland was stopped to save money and never restarted.
  regional('aws.config.region', 'config', EU, 'config', ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus', 'config:DescribeDeliveryChannels'], {
    recorders: [{ name: 'default', recording: false, lastStatus: 'SUCCESS', allSupported: true, includeGlobalResourceTypes: false, roleArn: iamArn('role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig') }],
    deliveryChannels: 1,
  }),
  regional('aws.guardduty.region', 'guardduty', HOME, 'guardduty', ['guardduty:ListDetectors', 'guardduty:GetDetector'], {
    detectors: [{ id: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', status: 'ENABLED', findingPublishingFrequency: 'FIFTEEN_MINUTES' }],
  }),
  // Suspended in Ireland during the same cost review.
  regional('aws.guardduty.region', 'guardduty', EU, 'guardduty', ['guardduty:ListDetectors', 'guardduty:GetDetector'], {
    detectors: [{ id: '9f8e7d6c5b4a30291807f6e5d4c3b2a1', status: 'DISABLED', findingPublishingFrequency: 'SIX_HOURS' }],
  }),
  regional('aws.securityhub.region', 'securityhub', HOME, 'securityhub', ['securityhub:DescribeHub', 'securityhub:GetEnabledStandards'], {
    enabled: true,
    hubArn: arn('securityhub', HOME, 'hub/default'),
    enabledStandards: [arn('securityhub', HOME, 'subscription/cis-aws-foundations-benchmark/v/3.0.0'), arn('securityhub', HOME, 'subscription/aws-foundational-security-best-practices/v/1.0.0')],
  }),
  regional('aws.securityhub.region', 'securityhub', EU, 'securityhub', ['securityhub:DescribeHub'], { enabled: false, hubArn: ABSENT, enabledStandards: [] }),
  regional('aws.accessanalyzer.region', 'access-analyzer', HOME, 'accessanalyzer', ['access-analyzer:ListAnalyzers'], {
    analyzers: [{ name: 'examplecorp-account', type: 'ACCOUNT', status: 'ACTIVE' }],
  }),
  regional('aws.accessanalyzer.region', 'access-analyzer', EU, 'accessanalyzer', ['access-analyzer:ListAnalyzers'], { analyzers: [] }),
  // Gathers the account's configuration for the security team, but only from the main region.
  live({
    uid: arn('config', HOME, 'config-aggregator/config-aggregator-examplecorp'),
    type: 'aws.config.aggregator',
    name: 'examplecorp-all',
    region: HOME,
    operations: ['config:DescribeConfigurationAggregators'],
    attributes: { accountSources: [{ accountIds: [ACCOUNT], allRegions: false, regions: [HOME] }], organizationSource: null },
  }),
];

// ---------------------------------------------------------------- Application services

function svc(type: string, uid: string, name: string, operations: string[], attributes: Record<string, Attr>, tags: Tags = {}, region: string = HOME): Resource {
  return live({ uid, type, name, region, tags, operations, attributes });
}

const LAMBDA_OPS = ['lambda:ListFunctions', 'lambda:GetPolicy', 'lambda:GetFunctionUrlConfig'];
const functions = [
  svc('aws.lambda.function', arn('lambda', HOME, 'function:orders-api'), 'orders-api', LAMBDA_OPS, {
    runtime: 'python3.12',
    packageType: 'Zip',
    tracingMode: 'Active',
    kmsKeyArn: KEY.data,
    environmentVariableNames: ['TABLE_NAME', 'LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME'],
    policy: doc({
      Sid: 'ApiGatewayInvoke',
      Effect: 'Allow',
      Principal: { Service: 'apigateway.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: arn('lambda', HOME, 'function:orders-api'),
      Condition: { ArnLike: { 'AWS:SourceArn': arn('execute-api', HOME, 'a1b2c3d4e5/*/*/orders') } },
    }),
    functionUrl: null,
  }, { owner: 'orders', env: 'prod' }),
  // A Node.js 14 function behind a public function URL, with a database password in its environment.
  svc('aws.lambda.function', arn('lambda', HOME, 'function:legacy-thumbnailer'), 'legacy-thumbnailer', LAMBDA_OPS, {
    runtime: 'nodejs14.x',
    packageType: 'Zip',
    tracingMode: 'PassThrough',
    kmsKeyArn: ABSENT,
    environmentVariableNames: ['BUCKET', 'DB_HOST', 'DB_PASSWORD'],
    policy: doc(
      {
        Sid: 'FunctionURLAllowPublicAccess',
        Effect: 'Allow',
        Principal: '*',
        Action: 'lambda:InvokeFunctionUrl',
        Resource: arn('lambda', HOME, 'function:legacy-thumbnailer'),
        Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
      },
      { Sid: 'S3Trigger', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn('lambda', HOME, 'function:legacy-thumbnailer') },
    ),
    functionUrl: { authType: 'NONE' },
  }, { owner: 'marketing', env: 'prod' }),
];

const messaging = [
  svc('aws.sns.topic', ALERTS_TOPIC, 'security-alerts', ['sns:ListTopics', 'sns:GetTopicAttributes'], { kmsMasterKeyId: KEY.logs, policy: doc({ Sid: 'CloudWatchAlarms', Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Resource: ALERTS_TOPIC, Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }), fifoTopic: false }, { owner: 'security' }),
  // Marketing's event fan-out: no encryption at rest.
  svc('aws.sns.topic', arn('sns', HOME, 'marketing-events'), 'marketing-events', ['sns:ListTopics', 'sns:GetTopicAttributes'], { kmsMasterKeyId: ABSENT, policy: doc({ Effect: 'Allow', Principal: { AWS: iamArn('root') }, Action: 'sns:Publish', Resource: arn('sns', HOME, 'marketing-events') }), fifoTopic: false }, { owner: 'marketing' }),
  svc('aws.sqs.queue', arn('sqs', HOME, 'orders-queue.fifo'), 'orders-queue.fifo', ['sqs:ListQueues', 'sqs:GetQueueAttributes'], { kmsMasterKeyId: KEY.data, sqsManagedSseEnabled: false, policy: null, fifoQueue: true }, { owner: 'orders' }),
  // Encrypted with SSE-SQS: at rest yes, with a key the account controls no.
  svc('aws.sqs.queue', arn('sqs', HOME, 'email-jobs'), 'email-jobs', ['sqs:ListQueues', 'sqs:GetQueueAttributes'], { kmsMasterKeyId: ABSENT, sqsManagedSseEnabled: true, policy: null, fifoQueue: false }, { owner: 'marketing' }),
  svc('aws.secretsmanager.secret', arn('secretsmanager', HOME, 'secret:prod/orders-db-AbCdEf'), 'prod/orders-db', ['secretsmanager:ListSecrets'], {
    rotationEnabled: true,
    rotationRules: { automaticallyAfterDays: 30 },
    lastRotatedDate: '2026-11-15T03:00:00Z',
    createdDate: '2023-05-02T10:00:00Z',
    kmsKeyId: KEY.data,
  }, { owner: 'orders' }),
  // A third-party API key pasted in by hand in 2024.
  svc('aws.secretsmanager.secret', arn('secretsmanager', HOME, 'secret:prod/partner-api-key-GhIjKl'), 'prod/partner-api-key', ['secretsmanager:ListSecrets'], {
    rotationEnabled: false,
    rotationRules: null,
    lastRotatedDate: ABSENT,
    createdDate: '2024-07-19T14:00:00Z',
    kmsKeyId: ABSENT,
  }, { owner: 'marketing' }),
];

const tables = [
  svc('aws.dynamodb.table', arn('dynamodb', HOME, 'table/orders'), 'orders', ['dynamodb:ListTables', 'dynamodb:DescribeTable', 'dynamodb:DescribeContinuousBackups'], {
    pointInTimeRecoveryEnabled: true,
    sseType: 'KMS',
    kmsMasterKeyArn: KEY.data,
    deletionProtectionEnabled: true,
    billingMode: 'PAY_PER_REQUEST',
  }, { owner: 'orders', data_classification: 'sensitive' }),
  // Web sessions: throwaway data, so nobody turned on backups or a customer key.
  svc('aws.dynamodb.table', arn('dynamodb', HOME, 'table/web-sessions'), 'web-sessions', ['dynamodb:ListTables', 'dynamodb:DescribeTable', 'dynamodb:DescribeContinuousBackups'], {
    pointInTimeRecoveryEnabled: false,
    sseType: 'NONE',
    kmsMasterKeyArn: ABSENT,
    deletionProtectionEnabled: false,
    billingMode: 'PAY_PER_REQUEST',
  }, { owner: 'web' }),
  svc('aws.dynamodb.dax-cluster', arn('dax', HOME, 'cache/orders-dax'), 'orders-dax', ['dax:DescribeClusters'], { sseEnabled: true, clusterEndpointEncryptionType: 'TLS' }, { owner: 'orders' }),
];

const LB = {
  web: arn('elasticloadbalancing', HOME, 'loadbalancer/app/public-web/50dc6c495c0c9188'),
  admin: arn('elasticloadbalancing', HOME, 'loadbalancer/app/legacy-admin/6d0ecf831eec9f09'),
};
const listener = (lb: string, lbName: string, id: string, port: number, attributes: Record<string, Attr>): Resource =>
  svc('aws.elbv2.listener', `${lb.replace(':loadbalancer/', ':listener/')}/${id}`, `${lbName}:${port}`, ['elasticloadbalancing:DescribeListeners'], { loadBalancerArn: lb, port, ...attributes });

const loadBalancing = [
  svc('aws.elbv2.load-balancer', LB.web, 'public-web', ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerAttributes'], {
    type: 'application',
    scheme: 'internet-facing',
    dropInvalidHeaderFields: true,
    deletionProtection: true,
    accessLogsEnabled: true,
    accessLogsBucket: LOG_BUCKET,
  }, { env: 'prod' }),
  listener(LB.web, 'public-web', 'f2f7dc8efc522ab2', 443, { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward' }] }),
  listener(LB.web, 'public-web', 'a1b2c3d4e5f60718', 80, { protocol: 'HTTP', sslPolicy: ABSENT, defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] }),
  // An internal admin console's load balancer, set up by hand years ago.
  svc('aws.elbv2.load-balancer', LB.admin, 'legacy-admin', ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerAttributes'], {
    type: 'application',
    scheme: 'internal',
    dropInvalidHeaderFields: false,
    deletionProtection: false,
    accessLogsEnabled: false,
    accessLogsBucket: ABSENT,
  }, { env: 'prod' }),
  listener(LB.admin, 'legacy-admin', '0f1e2d3c4b5a6978', 80, { protocol: 'HTTP', sslPolicy: ABSENT, defaultActions: [{ type: 'forward' }] }),
  listener(LB.admin, 'legacy-admin', '8796a5b4c3d2e1f0', 443, { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08', defaultActions: [{ type: 'forward' }] }),  // A Classic Load Balancer in front of the reporting instance, still on plain HTTP.
  svc('aws.elb.load-balancer', arn('elasticloadbalancing', HOME, 'loadbalancer/reporting-classic'), 'reporting-classic', ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerAttributes'], {
    scheme: 'internet-facing',
    listeners: [{ protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'HTTP' }],
    accessLogsEnabled: false,
  }, { env: 'prod', owner: 'finance' }),
];

const containers = [
  // The platform cluster: secrets encrypted, but the API endpoint is open to the internet and only some logs are on.
  svc('aws.eks.cluster', arn('eks', HOME, 'cluster/platform'), 'platform', ['eks:ListClusters', 'eks:DescribeCluster'], {
    version: '1.31',
    endpointPublicAccess: true,
    endpointPrivateAccess: true,
    publicAccessCidrs: ['0.0.0.0/0'],
    enabledLogTypes: ['api', 'audit'],
    encryptionConfig: [{ resources: ['secrets'], keyArn: KEY.data }],
  }, { env: 'prod' }),
  svc('aws.ecr.repository', arn('ecr', HOME, 'repository/orders-service'), 'orders-service', ['ecr:DescribeRepositories', 'ecr:GetRepositoryPolicy'], {
    scanOnPush: true,
    imageTagMutability: 'IMMUTABLE',
    encryptionType: 'KMS',
    kmsKey: KEY.data,
    policy: null,
  }, { owner: 'orders' }),
  // Developers push experiments here.
  svc('aws.ecr.repository', arn('ecr', HOME, 'repository/sandbox'), 'sandbox', ['ecr:DescribeRepositories', 'ecr:GetRepositoryPolicy'], {
    scanOnPush: false,
    imageTagMutability: 'MUTABLE',
    encryptionType: 'AES256',
    kmsKey: ABSENT,
    policy: null,
  }, { owner: 'platform' }),
  svc('aws.efs.file-system', arn('elasticfilesystem', HOME, 'file-system/fs-0aaaaaaaaaaaaaaa1'), 'fs-0aaaaaaaaaaaaaaa1', ['elasticfilesystem:DescribeFileSystems'], { encrypted: true, kmsKeyId: KEY.data }, { Name: 'shared-media' }),
  svc('aws.ecs.cluster', arn('ecs', HOME, 'cluster/web'), 'web', ['ecs:ListClusters', 'ecs:DescribeClusters'], { containerInsights: 'enabled' }, { env: 'prod' }),
  svc('aws.ecs.task-definition', arn('ecs', HOME, 'task-definition/web-frontend:42'), 'web-frontend:42', ['ecs:ListTaskDefinitions', 'ecs:DescribeTaskDefinition'], {
    efsVolumes: [{ name: 'media', transitEncryption: 'ENABLED' }],
    environmentVariableNames: ['frontend/NODE_ENV', 'frontend/API_URL'],
  }, { env: 'prod' }),
];

const dataServices = [
  svc('aws.elasticache.replication-group', arn('elasticache', HOME, 'replicationgroup:sessions-redis'), 'sessions-redis', ['elasticache:DescribeReplicationGroups'], {
    engine: 'valkey',
    atRestEncryptionEnabled: true,
    transitEncryptionEnabled: true,
    transitEncryptionMode: 'required',
    authTokenEnabled: false,
    userGroupIds: ['web-users'],
    kmsKeyId: KEY.data,
  }, { owner: 'web' }),
  svc('aws.redshift.cluster', arn('redshift', HOME, 'cluster:analytics'), 'analytics', ['redshift:DescribeClusters', 'redshift:DescribeLoggingStatus'], {
    encrypted: true,
    kmsKeyId: KEY.data,
    publiclyAccessible: false,
    loggingEnabled: true,
    clusterSubnetGroupName: 'analytics-private',
  }, { owner: 'data-platform' }),
  // The log search domain: in the VPC and encrypted, but audit logs were never published.
  svc('aws.opensearch.domain', arn('es', HOME, 'domain/app-logs'), 'app-logs', ['es:ListDomainNames', 'es:DescribeDomains'], {
    engineVersion: 'OpenSearch_2.13',
    encryptionAtRestEnabled: true,
    nodeToNodeEncryptionEnabled: true,
    enforceHttps: true,
    tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    vpcSubnetIds: [SUBNET.privateA, SUBNET.privateB],
    logPublishing: { ES_APPLICATION_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: logGroupArn('/aws/opensearch/app-logs/application') } },
  }, { owner: 'platform' }),
  svc('aws.kinesis.stream', arn('kinesis', HOME, 'stream/clickstream'), 'clickstream', ['kinesis:ListStreams', 'kinesis:DescribeStreamSummary'], { encryptionType: 'KMS', keyId: KEY.data }, { owner: 'data-platform' }),
  svc('aws.msk.cluster', arn('kafka', HOME, 'cluster/events/11111111-2222-4333-8444-666666666666-1'), 'events', ['kafka:ListClustersV2'], {
    clientBroker: 'TLS',
    inCluster: true,
    dataVolumeKmsKeyId: KEY.data,
    brokerLogs: { cloudWatchLogs: true, firehose: false, s3: false },
  }, { owner: 'data-platform' }),
];

const edge = [
  svc('aws.cloudfront.distribution', 'arn:aws:cloudfront::111122223333:distribution/E1EXAMPLE2WEB3', 'E1EXAMPLE2WEB3', ['cloudfront:ListDistributions', 'cloudfront:GetDistributionConfig'], {
    viewerProtocolPolicies: [{ pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' }, { pathPattern: '/assets/*', viewerProtocolPolicy: 'https-only' }],
    cloudFrontDefaultCertificate: false,
    minimumProtocolVersion: 'TLSv1.2_2021',
    webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/examplecorp-web/a1b2c3d4-0000-4000-8000-000000000001',
    loggingEnabled: true,
  }, { owner: 'marketing' }, 'us-east-1'),
  svc('aws.apigateway.stage', arn('apigateway', HOME, '/restapis/a1b2c3d4e5/stages/prod'), 'orders-api/prod', ['apigateway:GET'], {
    apiKind: 'rest',
    accessLogDestinationArn: logGroupArn('/aws/apigateway/orders-api'),
    tracingEnabled: true,
    cacheClusterEnabled: true,
    methodSettings: [{ methodPath: '*/*', cachingEnabled: true, cacheDataEncrypted: true }],
  }, { owner: 'orders' }),
];

const apps = [...functions, ...messaging, ...tables, ...loadBalancing, ...containers, ...dataServices, ...edge];

// ---------------------------------------------------------------- Collection errors

const issues: SourceIssue[] = [
  {
    kind: 'collection-error',
    message: 's3:GetBucketPolicy failed: AccessDenied (bucket examplecorp-legacy-reports)',
    service: 's3',
    region: EU,
    operation: 's3:GetBucketPolicy',
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

// ---------------------------------------------------------------- What is planted (README and test read these)

/** A planted misconfiguration: `rule` must FAIL on the resource named `resource`. */
export interface Planted {
  rule: string;
  resource: string;
  why: string;
}

export const PLANTED: readonly Planted[] = [
  { rule: 'aws-ec2-security-group-all-ports-open', resource: 'debug-open', why: 'all traffic allowed from `0.0.0.0/0` and `::/0`, a launch-wizard group left behind' },
  { rule: 'aws-rds-instance-not-public', resource: 'legacy-mysql', why: 'publicly accessible MySQL 5.7' },
  { rule: 'aws-iam-root-access-keys', resource: ACCOUNT, why: 'the root user still has an access key' },
  { rule: 'aws-s3-bucket-policy-not-public', resource: 'examplecorp-public-website', why: 'the bucket policy grants `s3:GetObject` to `*`' },
  { rule: 'aws-ec2-snapshot-not-public', resource: 'snap-02222222222222222', why: 'unencrypted snapshot of the reporting volume shared with everyone for a vendor' },
  { rule: 'aws-lambda-function-not-public', resource: 'legacy-thumbnailer', why: 'anyone may invoke its function URL' },
  { rule: 'aws-s3-bucket-public-access-block', resource: 'examplecorp-public-website', why: 'no bucket-level Block Public Access, and the account level only blocks ACLs' },
  { rule: 'aws-ec2-security-group-admin-ports-open', resource: 'bastion-ssh', why: 'SSH reachable from anywhere ("temporary: vendor access")' },
  { rule: 'aws-ec2-ebs-volume-encrypted', resource: 'vol-03333333333333333', why: 'unencrypted 500 GiB gp2 data volume' },
  { rule: 'aws-rds-instance-storage-encrypted', resource: 'legacy-mysql', why: 'storage not encrypted' },
  { rule: 'aws-iam-user-console-mfa', resource: 'bob.dev', why: 'console password without MFA' },
  { rule: 'aws-iam-root-hardware-mfa', resource: ACCOUNT, why: 'root MFA is a virtual device' },
  { rule: 'aws-ec2-instance-imdsv2', resource: 'i-0cccccccccccccccc', why: '`reporting-1` still accepts IMDSv1' },
  { rule: 'aws-cloudtrail-multi-region', resource: 'eu-legacy-audit', why: 'an old single-region trail in Ireland' },
  { rule: 'aws-cloudtrail-logging-enabled', resource: 'eu-legacy-audit', why: 'stopped during a cost review' },
  { rule: 'aws-guardduty-enabled', resource: 'guardduty eu-west-1', why: 'detector suspended in Ireland' },
  { rule: 'aws-iam-role-cross-account-external-id', resource: 'vendor-audit', why: 'a vendor account can assume it without an external id' },
  { rule: 'aws-iam-no-administrator-access-attached', resource: 'Administrators', why: 'AdministratorAccess attached to a group of humans' },
  { rule: 'aws-iam-policy-no-admin-access', resource: 'AdministratorAccess', why: 'the policy in use grants `*` on `*`' },
  { rule: 'aws-eks-endpoint-not-public', resource: 'platform', why: 'Kubernetes API endpoint open to `0.0.0.0/0`' },
  { rule: 'aws-lambda-function-url-auth', resource: 'legacy-thumbnailer', why: 'function URL with auth type NONE' },
  { rule: 'aws-lambda-function-no-secrets-in-environment', resource: 'legacy-thumbnailer', why: '`DB_PASSWORD` in the environment' },
  { rule: 'aws-s3-bucket-versioning', resource: 'examplecorp-customer-exports', why: 'versioning never enabled on the sensitive exports bucket' },
  { rule: 'aws-s3-bucket-versioning', resource: 'examplecorp-legacy-reports', why: 'versioning suspended' },
  { rule: 'aws-iam-password-policy-max-age', resource: ACCOUNT, why: 'passwords never expire' },
  { rule: 'aws-iam-user-access-keys-rotated', resource: 'bob.dev', why: 'access key from January 2025' },
  { rule: 'aws-iam-user-unused-credentials', resource: 'erin.former', why: 'left in May; password and key still active' },
  { rule: 'aws-iam-user-no-unused-initial-access-key', resource: 'erin.former', why: 'an access key created with the user and never used' },
  { rule: 'aws-iam-user-hardware-mfa', resource: 'erin.former', why: 'virtual MFA only' },
  { rule: 'aws-iam-policy-no-passrole-wildcard', resource: 'developer-tools', why: '`iam:PassRole` on `*`' },
  { rule: 'aws-iam-cloudshell-full-access-restricted', resource: 'AWSCloudShellFullAccess', why: 'attached to the Developers group' },
  { rule: 'aws-iam-server-certificate-not-expired', resource: 'legacy-portal-2024', why: 'expired in January 2025' },
  { rule: 'aws-kms-key-rotation-enabled', resource: keyId(2), why: 'the customer exports key does not rotate' },
  { rule: 'aws-kms-key-policy-cross-account', resource: keyId(4), why: 'a partner account may decrypt' },
  { rule: 'aws-kms-key-not-pending-deletion', resource: keyId(5), why: 'scheduled for deletion' },
  { rule: 'aws-config-recorder-enabled', resource: 'config eu-west-1', why: 'recorder stopped in Ireland' },
  { rule: 'aws-securityhub-enabled', resource: 'securityhub eu-west-1', why: 'never enabled in Ireland' },
  { rule: 'aws-ec2-ebs-encryption-by-default', resource: `ec2 settings ${EU}`, why: 'off in Ireland' },
  { rule: 'aws-vpc-flow-logs-enabled', resource: EU_DEFAULT_VPC, why: 'the default VPC in Ireland has no flow log' },
  { rule: 'aws-vpc-default-security-group-closed', resource: 'default', why: 'the default group still allows traffic' },
  { rule: 'aws-vpc-nacl-admin-ports-open', resource: 'acl-0aaaaaaaaaaaaaaa2', why: 'the public subnet ACL allows SSH from anywhere' },
  { rule: 'aws-ec2-instance-no-public-ip', resource: 'i-0dddddddddddddddd', why: 'the bastion has a public address' },
  { rule: 'aws-ec2-launch-configuration-imdsv2', resource: 'reporting-workers-2021', why: 'launch configuration allows IMDSv1' },
  { rule: 'aws-cloudwatch-security-group-changes-alarm', resource: 'examplecorp-main', why: 'the metric filter exists but its alarm was deleted' },
  { rule: 'aws-cloudwatch-vpc-changes-alarm', resource: 'examplecorp-main', why: 'no metric filter for VPC changes' },
  { rule: 'aws-lambda-function-supported-runtime', resource: 'legacy-thumbnailer', why: 'Node.js 14 is deprecated' },
  { rule: 'aws-secretsmanager-secret-rotation-enabled', resource: 'prod/partner-api-key', why: 'pasted in by hand, never rotated' },
  { rule: 'aws-sns-topic-encrypted', resource: 'marketing-events', why: 'no encryption at rest' },
  { rule: 'aws-dynamodb-table-point-in-time-recovery', resource: 'web-sessions', why: 'no point-in-time recovery' },
  { rule: 'aws-elb-listener-https', resource: 'legacy-admin:80', why: 'plain HTTP forwarded to the targets' },
  { rule: 'aws-elb-listener-tls-policy', resource: 'legacy-admin:443', why: '`ELBSecurityPolicy-2016-08` still accepts TLS 1.0' },
  { rule: 'aws-elb-classic-listeners-encrypted', resource: 'reporting-classic', why: 'a Classic Load Balancer serving plain HTTP from the internet' },
  { rule: 'aws-eks-control-plane-logging', resource: 'platform', why: 'only api and audit logs' },
  { rule: 'aws-ecr-repository-scan-on-push', resource: 'sandbox', why: 'images are not scanned' },
  { rule: 'aws-rds-cluster-deletion-protection', resource: 'catalog-docdb', why: 'proof of concept that went to production' },
  { rule: 'aws-opensearch-domain-audit-logs', resource: 'app-logs', why: 'audit logs never published' },
  { rule: 'aws-s3-bucket-access-logging', resource: 'examplecorp-public-website', why: 'server access logging off' },
  { rule: 'aws-cloudtrail-s3-data-events-read', resource: 'examplecorp-main', why: 'S3 writes are recorded, reads are not' },
  { rule: 'aws-accessanalyzer-enabled', resource: 'accessanalyzer eu-west-1', why: 'no analyzer in Ireland' },
  { rule: 'aws-config-aggregator-all-regions', resource: 'examplecorp-all', why: 'gathers us-east-1 only' },
  { rule: 'aws-cloudwatch-log-group-retention', resource: '/aws/lambda/orders-api', why: 'events kept for 14 days only' },
  { rule: 'aws-iam-role-unused', resource: 'data-migration-2023', why: 'last used in June 2024' },
  { rule: 'aws-iam-user-no-direct-policies', resource: 'ci-deploy', why: 'policy attached to the user, not a group' },
  { rule: 'aws-sqs-queue-customer-key', resource: 'email-jobs', why: 'SSE-SQS, not a key the account controls' },
  { rule: 'aws-vpc-subnet-no-public-ip', resource: SUBNET.euDefault, why: 'default subnet hands out public addresses' },
  { rule: 'aws-ec2-security-group-rule-description', resource: 'app-servers', why: 'an inbound rule without a description' },
  { rule: 'aws-ec2-security-group-rule-description', resource: 'debug-open', why: 'inbound rules without a description' },
];

/** Resources configured the way the rules ask: none of them may FAIL. */
export const COMPLIANT: readonly { resource: string; what: string }[] = [
  { resource: 'examplecorp-app-artifacts', what: 'the model bucket: Block Public Access, SSE-KMS with a customer key, versioning with MFA delete, access logs, TLS-only policy' },
  { resource: TRAIL_BUCKET, what: 'the CloudTrail bucket' },
  { resource: 'web-alb', what: 'security group with described HTTPS/HTTP rules' },
  { resource: 'orders-db', what: 'private, encrypted, Multi-AZ, IAM auth, logs exported' },
  { resource: 'payments-aurora', what: 'Aurora cluster with every protection' },
  { resource: 'i-0aaaaaaaaaaaaaaaa', what: '`app-1`: IMDSv2, encrypted volumes, no public address' },
  { resource: 'alice.admin', what: 'administrator with a passkey' },
  { resource: 'examplecorp-support', what: 'support role with AWSSupportAccess' },
  { resource: 'github-actions-deploy', what: 'OIDC role pinned to one repository and branch' },
  { resource: keyId(1), what: 'customer managed key with rotation' },
  { resource: 'guardduty us-east-1', what: 'GuardDuty enabled' },
  { resource: 'config us-east-1', what: 'Config recording everything' },
  { resource: 'securityhub us-east-1', what: 'Security Hub with CIS and FSBP' },
  { resource: VPC, what: 'the prod VPC with flow logs' },
  { resource: 'orders-api', what: 'Lambda function with tracing, customer key, source-pinned permission' },
  { resource: 'orders', what: 'DynamoDB table with PITR and a customer key' },
  { resource: 'security-alerts', what: 'SNS topic encrypted with a customer key' },
  { resource: 'public-web', what: 'ALB with access logs, deletion protection, invalid headers dropped' },
  { resource: 'public-web:443', what: 'TLS 1.3/1.2 policy' },
  { resource: 'public-web:80', what: 'redirects to HTTPS' },
  { resource: 'orders-service', what: 'ECR repository: scan on push, immutable tags, customer key' },
  { resource: 'analytics', what: 'Redshift: private, encrypted, audit logging' },
  { resource: 'E1EXAMPLE2WEB3', what: 'CloudFront: HTTPS, TLS 1.2, WAF, logging' },
  { resource: 'clickstream', what: 'Kinesis stream with a customer key' },
  { resource: 'events', what: 'MSK: TLS, customer key, broker logs' },
];

/** The collection errors planted on purpose: the only ERROR findings allowed, by API operation and resource. */
export const PLANTED_ERRORS: readonly { operation: string; resource: string; why: string }[] = [
  { operation: 's3:GetBucketPolicy', resource: 'examplecorp-legacy-reports', why: 'the scanner role is denied the bucket policy of an old finance bucket' },
  { operation: 'iam:ListMFADevices', resource: 'carol.contractor', why: 'the scanner role is denied MFA devices of users under /contractors/' },
];

// ---------------------------------------------------------------- Snapshot

/** Attributes a live collector deliberately does not read, so rules never judge them on live resources. */
const NOT_COLLECTED_LIVE: Record<string, readonly string[]> = {
  'aws.ec2.instance': ['userData', 'associatePublicIpAddress'],
  'aws.ec2.launch-template': ['userData'],
  'aws.autoscaling.launch-configuration': ['userData'],
};

/** Every live resource must carry every attribute of its type, or rules reading it would report ERROR. */
export function missingAttributes(resources: readonly Resource[]): string[] {
  const types = builtinResourceTypes();
  const problems: string[] = [];
  for (const r of resources) {
    const def = types.get(r.type);
    if (!def) {
      problems.push(`${r.name}: unknown type ${r.type}`);
      continue;
    }
    const skip = NOT_COLLECTED_LIVE[r.type] ?? [];
    for (const name of Object.keys(def.attributes)) {
      if (!(name in r.attributes) && !skip.includes(name)) problems.push(`${r.type} ${r.name}: ${name}`);
    }
  }
  return problems;
}

function allResources(): Resource[] {
  return [
    ...kmsKeys,
    ...s3,
    ...vpcs,
    ...subnets,
    ...networkAcls,
    ...routeTables,
    ...internetGateways,
    ...organizations,
    ...securityGroups,
    ...instances,
    ...volumes,
    ...snapshots,
    ...images,
    ...launchSettings,
    ...regionSettings,
    ...databases,
    ...dbClusters,
    ...dbSnapshots,
    ...iam,
    ...trails,
    ...logGroups,
    ...alarms,
    ...detection,
    ...apps,
  ];
}

/** The example snapshot, built the same way every time. */
export function exampleSnapshot(): Snapshot {
  const resources = allResources();
  const missing = missingAttributes(resources);
  if (missing.length) throw new Error(`example resources lack attributes (they would read as not collected):\n  ${missing.join('\n  ')}`);
  return buildSnapshot(resources, issues, {
    kind: 'example',
    description: `Fictional AWS account ${ACCOUNT} (ExampleCorp) with planted misconfigurations; see examples/environment/README.md`,
    accounts: [ACCOUNT],
    regions: [...REGIONS],
    tool: 'examples/environment/generate.ts',
  }, GENERATED_AT);
}

// ---------------------------------------------------------------- Scan and README counts

/**
 * Runs `fn` with the clock at the snapshot time. Rules that judge ages (key rotation, unused
 * credentials, expired certificates) read the wall clock; pinning it keeps the counts in README.md
 * and the test stable as the calendar moves on.
 */
export function atSnapshotTime<T>(fn: () => T): T {
  const RealDate = Date;
  const now = GENERATED_AT.getTime();
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[]) => (args.length ? (Reflect.construct(target, args) as Date) : new target(now)),
    apply: () => new RealDate(now).toString(),
    get: (target, prop, receiver) => (prop === 'now' ? () => now : (Reflect.get(target, prop, receiver) as unknown)),
  });
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

/** Findings of the built-in rules on the given resources, at the snapshot time. */
export function scanAtSnapshotTime(resources: readonly Resource[]): Finding[] {
  const types = builtinResourceTypes();
  return atSnapshotTime(() => evaluate(resources, { rules: builtinRules(), types }).findings);
}

/** A generated section of README.md, between `<!-- name:start ... -->` and `<!-- name:end -->`. */
const marker = (name: string) => ({ start: `<!-- ${name}:start (written by generate.ts; do not edit by hand) -->`, end: `<!-- ${name}:end -->` });

/** The "What is planted" section of README.md: the tables of PLANTED, PLANTED_ERRORS and COMPLIANT. */
export function plantedSection(): string {
  const severity = new Map(builtinRules().map((r) => [r.meta.id, r.meta.severity]));
  const rank = (rule: string) => SEVERITIES.indexOf(severity.get(rule) ?? 'info');
  const rows = [...PLANTED].sort((x, y) => rank(x.rule) - rank(y.rule));
  const m = marker('planted');
  return [
    m.start,
    '| severity | rule | resource | what is wrong |',
    '|---|---|---|---|',
    ...rows.map((p) => `| ${severity.get(p.rule) ?? '?'} | \`${p.rule}\` | \`${p.resource}\` | ${p.why} |`),
    '',
    'Two reads are denied, as happens with a scanner role that lacks a few permissions. Every rule that needs',
    'the missing attribute gives **ERROR** naming the API call, and both are listed under `issues` as collection errors:',
    '',
    '| API call | resource | why |',
    '|---|---|---|',
    ...PLANTED_ERRORS.map((e) => `| \`${e.operation}\` AccessDenied | \`${e.resource}\` | ${e.why} |`),
    '',
    'Configured the way the rules ask, with no failed finding:',
    '',
    ...COMPLIANT.map((c) => `- \`${c.resource}\`: ${c.what}`),
    m.end,
  ].join('\n');
}

/** The "Counts" section of README.md for these findings. */
export function countsSection(findings: readonly Finding[], resources: number): string {
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  const failed = findings.filter((f) => f.status === 'FAIL');
  const m = marker('counts');
  return [
    m.start,
    `A scan with the built-in rules at the snapshot date (${GENERATED_AT.toISOString().slice(0, 10)}) gives ${findings.length} findings on ${resources} resources:`,
    '',
    `| ${STATUSES.join(' | ')} |`,
    `|${STATUSES.map(() => '---:').join('|')}|`,
    `| ${STATUSES.map((s) => count(s)).join(' | ')} |`,
    '',
    'Failed findings by severity:',
    '',
    `| ${SEVERITIES.join(' | ')} |`,
    `|${SEVERITIES.map(() => '---:').join('|')}|`,
    `| ${SEVERITIES.map((s) => failed.filter((f) => f.severity === s).length).join(' | ')} |`,
    m.end,
  ].join('\n');
}

/** README.md with a generated section replaced (the section carries its own markers). */
export function withSection(readme: string, section: string): string {
  const name = /^<!-- ([a-z]+):start/.exec(section)?.[1] ?? '';
  const m = marker(name);
  const start = readme.indexOf(m.start);
  const end = readme.indexOf(m.end);
  if (start < 0 || end < start) throw new Error(`README.md has no ${name} markers (${m.start} ... ${m.end})`);
  return readme.slice(0, start) + section + readme.slice(end + m.end.length);
}

export const INVENTORY_FILE = fileURLToPath(new URL('./inventory.json', import.meta.url));
export const README_FILE = fileURLToPath(new URL('./README.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const snap = exampleSnapshot();
  writeFileSync(INVENTORY_FILE, serializeSnapshot(snap));
  const findings = scanAtSnapshotTime(snap.resources);
  const readme = withSection(withSection(readFileSync(README_FILE, 'utf8'), plantedSection()), countsSection(findings, snap.resources.length));
  writeFileSync(README_FILE, readme);
  const present = new Set(snap.resources.map((r) => r.type));
  const absent = builtinResourceTypes().all().filter((t) => t.provider === 'aws' && !present.has(t.type)).map((t) => t.type);
  if (absent.length) console.warn(`no example resource yet for: ${absent.join(', ')} (add one so the demo exercises their rules)`);
  console.log(`wrote ${INVENTORY_FILE} and the generated sections of ${README_FILE}`);
}
