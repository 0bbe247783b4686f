import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import type { Bucket, Grant } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { JsonValue } from '../../../core/index.js';
import { apiErrorCause, s3AccountSettings, s3Bucket, unknownMarker } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

export const s3Collector: Collector = {
  service: 's3',
  scope: 'global',
  types: [s3Bucket.type, s3AccountSettings.type],
  actions: [
    's3:GetAccountPublicAccessBlock',
    's3:GetBucketAcl',
    's3:GetBucketLocation',
    's3:GetBucketLogging',
    's3:GetBucketOwnershipControls',
    's3:GetBucketPolicy',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketTagging',
    's3:GetBucketVersioning',
    's3:GetEncryptionConfiguration',
    's3:ListAllMyBuckets',
  ],
  async collect(s) {
    await Promise.all([collectBuckets(s), collectAccountSettings(s)]);
  },
};

async function collectBuckets(s: Scope): Promise<void> {
  const home = s.client(S3Client);
  const listed = await s.all('s3:ListAllMyBuckets', () => paginateListBuckets({ client: home }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(s3Bucket, `arn:${s.partition}:s3:::*`, listed, null);
    return;
  }
  const buckets = listed.value.flatMap((p) => p.Buckets ?? []).sort((a, b) => (a.Name ?? '').localeCompare(b.Name ?? ''));
  await mapLimit(buckets, 16, (b) => collectBucket(s, home, b));
}

/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
function bucketRegion(constraint: string | undefined | null, home: string): string {
  if (!constraint) return home;
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

async function collectBucket(s: Scope, home: S3Client, b: Bucket): Promise<void> {
  const name = b.Name ?? '';
  const loc = b.BucketRegion
    ? ({ kind: 'ok', value: { LocationConstraint: b.BucketRegion } } as const)
    : await s.call('s3:GetBucketLocation', () => home.send(new GetBucketLocationCommand({ Bucket: name })));
  const region = loc.kind === 'ok' ? bucketRegion(loc.value.LocationConstraint, s.region) : undefined;
  const s3 = region ? s.client(S3Client, region) : home;
  const r = s.resource(s3Bucket.type, `arn:${s.partition}:s3:::${name}`, name, 's3:ListAllMyBuckets', region ?? null);
  if (!b.BucketRegion) r.op('s3:GetBucketLocation');
  const at = region ?? s.region;
  const [pab, enc, ver, log, acl, pol, own, tags] = await Promise.all([
    s.call('s3:GetBucketPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket: name })), { absentOn: ['NoSuchPublicAccessBlockConfiguration'] }, at),
    s.call('s3:GetEncryptionConfiguration', () => s3.send(new GetBucketEncryptionCommand({ Bucket: name })), { absentOn: ['ServerSideEncryptionConfigurationNotFoundError'] }, at),
    s.call('s3:GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket: name })), {}, at),
    s.call('s3:GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket: name })), {}, at),
    s.call('s3:GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket: name })), {}, at),
    s.call('s3:GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket: name })), { absentOn: ['NoSuchBucketPolicy'] }, at),
    s.call('s3:GetBucketOwnershipControls', () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket: name })), { absentOn: ['OwnershipControlsNotFoundError'] }, at),
    s.call('s3:GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket: name })), { absentOn: ['NoSuchTagSet', 'NoSuchTagSetError'] }, at),
  ]);

  r.from('s3:GetBucketPublicAccessBlock', pab, (v) => ({ publicAccessBlock: pabOf(v.PublicAccessBlockConfiguration) }), ['publicAccessBlock']);
  r.from('s3:GetEncryptionConfiguration', enc, (v) => {
    const rule = v.ServerSideEncryptionConfiguration?.Rules?.[0];
    const d = rule?.ApplyServerSideEncryptionByDefault;
    if (!d) return { encryption: { enabled: false } };
    const out: Record<string, JsonValue> = { enabled: true, type: d.SSEAlgorithm ?? 'AES256' };
    if (d.KMSMasterKeyID) out.kmsKeyId = d.KMSMasterKeyID;
    if (rule?.BucketKeyEnabled !== undefined) out.bucketKeyEnabled = rule.BucketKeyEnabled;
    return { encryption: out };
  }, ['encryption']);
  r.from('s3:GetBucketVersioning', ver, (v) => ({
    versioning: { enabled: v.Status === 'Enabled', status: v.Status ?? 'Disabled', mfaDelete: v.MFADelete === 'Enabled' },
  }), ['versioning']);
  r.from('s3:GetBucketLogging', log, (v) => ({
    logging: v.LoggingEnabled
      ? { enabled: true, ...(v.LoggingEnabled.TargetBucket ? { targetBucket: v.LoggingEnabled.TargetBucket } : {}), ...(v.LoggingEnabled.TargetPrefix !== undefined ? { targetPrefix: v.LoggingEnabled.TargetPrefix } : {}) }
      : { enabled: false },
  }), ['logging']);
  r.from('s3:GetBucketAcl', acl, (v) => ({ acl: aclOf(v.Owner?.ID, v.Grants ?? []) }), ['acl']);
  r.from('s3:GetBucketPolicy', pol, (v) => ({ policy: parseJson(v.Policy, 's3:GetBucketPolicy') }), ['policy']);
  // A bucket without ownership controls behaves as ObjectWriter (ACLs enabled): only new buckets default to BucketOwnerEnforced.
  r.op('s3:GetBucketOwnershipControls');
  if (own.kind === 'ok') r.known('ownershipControls', own.value.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? 'ObjectWriter');
  else if (own.kind === 'absent') r.known('ownershipControls', 'ObjectWriter');
  else r.unknown('ownershipControls', own.cause);
  r.op('s3:GetBucketTagging');
  if (tags.kind === 'ok') r.tags(tagMap(tags.value.TagSet));
  else if (tags.kind === 'error') r.tagsUnknown(tags.cause);
  s.emit(r);
}

function pabOf(c: { BlockPublicAcls?: boolean; IgnorePublicAcls?: boolean; BlockPublicPolicy?: boolean; RestrictPublicBuckets?: boolean } | undefined): JsonValue {
  return {
    blockPublicAcls: c?.BlockPublicAcls ?? false,
    ignorePublicAcls: c?.IgnorePublicAcls ?? false,
    blockPublicPolicy: c?.BlockPublicPolicy ?? false,
    restrictPublicBuckets: c?.RestrictPublicBuckets ?? false,
  };
}

function aclOf(ownerId: string | undefined, grants: readonly Grant[]): JsonValue {
  const list = grants
    .map((g) => {
      const out: Record<string, JsonValue> = {};
      if (g.Grantee?.Type) out.granteeType = g.Grantee.Type;
      if (g.Grantee?.URI) out.granteeUri = g.Grantee.URI;
      if (g.Grantee?.ID) out.granteeId = g.Grantee.ID;
      if (g.Permission) out.permission = g.Permission;
      return out;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const groupPerms = (uri: string) => new Set(list.filter((g) => g.granteeUri === uri).map((g) => String(g.permission)));
  const others = list.filter((g) => !(g.granteeType === 'CanonicalUser' && g.granteeId === ownerId && g.permission === 'FULL_CONTROL'));
  const all = groupPerms(ALL_USERS);
  const auth = groupPerms(AUTH_USERS);
  let canned: string | undefined;
  if (others.length === 0) canned = 'private';
  else if (others.length === 1 && all.has('READ')) canned = 'public-read';
  else if (others.length === 2 && all.has('READ') && all.has('WRITE')) canned = 'public-read-write';
  else if (others.length === 1 && auth.has('READ')) canned = 'authenticated-read';
  return canned ? { cannedAcl: canned, grants: list } : { grants: list };
}

function parseJson(text: string | undefined, operation: string): JsonValue {
  if (!text) return null;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return unknownMarker(apiErrorCause(operation, 'MalformedPolicy', 'the document is not valid JSON')) as unknown as JsonValue;
  }
}

async function collectAccountSettings(s: Scope): Promise<void> {
  const ctrl = s.client(S3ControlClient, s.region, 's3control');
  if (s.session.config.endpointUrl) pinEndpoint(ctrl, s.session.config.endpointUrl);
  const r = s.resource(s3AccountSettings.type, `arn:${s.partition}:s3::${s.account}:account`, s.account, 's3:GetAccountPublicAccessBlock', null);
  const got = await s.call('s3:GetAccountPublicAccessBlock', () => ctrl.send(new GetAccountPublicAccessBlockCommand({ AccountId: s.account })), { absentOn: ['NoSuchPublicAccessBlockConfiguration'] });
  r.from('s3:GetAccountPublicAccessBlock', got, (v) => ({ publicAccessBlock: pabOf(v.PublicAccessBlockConfiguration) }), ['publicAccessBlock']);
  s.emit(r);
}

/**
 * S3 Control puts the account id in the host name (`123456789012.s3-control...`), which a custom
 * endpoint such as an emulator on 127.0.0.1 cannot answer; use the endpoint exactly as given.
 */
function pinEndpoint(client: S3ControlClient, url: string): void {
  (client.config as unknown as { endpointProvider: () => { url: URL } }).endpointProvider = () => ({ url: new URL(url) });
}
