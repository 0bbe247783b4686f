import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { AdaptContext, Path } from './builder.js';
import { ResourceDraft, bool, compact, policyJson, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

const GROUP = 'http://acs.amazonaws.com/groups/';
/** Group grants implied by each canned ACL (the owner's own grant left out). */
export const CANNED_ACL_GRANTS: Record<string, { granteeType: 'Group'; granteeUri: string; permission: string }[]> = {
  'public-read': [{ granteeType: 'Group', granteeUri: `${GROUP}global/AllUsers`, permission: 'READ' }],
  'public-read-write': [
    { granteeType: 'Group', granteeUri: `${GROUP}global/AllUsers`, permission: 'READ' },
    { granteeType: 'Group', granteeUri: `${GROUP}global/AllUsers`, permission: 'WRITE' },
  ],
  'authenticated-read': [{ granteeType: 'Group', granteeUri: `${GROUP}global/AuthenticatedUsers`, permission: 'READ' }],
  'log-delivery-write': [
    { granteeType: 'Group', granteeUri: `${GROUP}s3/LogDelivery`, permission: 'WRITE' },
    { granteeType: 'Group', granteeUri: `${GROUP}s3/LogDelivery`, permission: 'READ_ACP' },
  ],
};

function aclValue(acl: JsonValue | undefined): JsonValue | undefined {
  if (acl === undefined) return undefined;
  if (typeof acl !== 'string') return acl;
  return { cannedAcl: acl, grants: (CANNED_ACL_GRANTS[acl] ?? []) as unknown as JsonValue };
}

function encryptionFrom(d: ResourceDraft, inst: TfInstance, base: Path): void {
  const rule: Path = [...base, 'rule', 0];
  const byDefault: Path = [...rule, 'apply_server_side_encryption_by_default', 0];
  const alg = str(valueAt(inst, [...byDefault, 'sse_algorithm']));
  d.set('encryption', compact({ enabled: alg === undefined ? undefined : isUnknownMarker(alg) ? alg : true, type: alg, kmsKeyId: str(valueAt(inst, [...byDefault, 'kms_master_key_id'])), bucketKeyEnabled: bool(valueAt(inst, [...rule, 'bucket_key_enabled'])) }), { inst, path: base });
  d.line('encryption.type', inst, [...byDefault, 'sse_algorithm']);
  d.line('encryption.enabled', inst, [...byDefault, 'sse_algorithm']);
  d.line('encryption.kmsKeyId', inst, [...byDefault, 'kms_master_key_id']);
}

/** Logging is on when a target bucket is named; a reference to a bucket in the scan resolves to its name. */
function loggingFrom(d: ResourceDraft, inst: TfInstance, base: Path, ctx: AdaptContext): void {
  const raw = valueAt(inst, [...base, 'target_bucket']);
  const target = ctx.nameOf(raw) ?? str(raw);
  const uid = ctx.uidOf(raw);
  if (uid) d.relationships.push({ kind: 'logs-to', target: uid });
  d.set('logging', compact({ enabled: raw === undefined || raw === null ? false : true, targetBucket: target, targetPrefix: str(valueAt(inst, [...base, 'target_prefix'])) }), { inst, path: base });
  d.line('logging.enabled', inst, [...base, 'target_bucket']);
}

function versioningFrom(d: ResourceDraft, inst: TfInstance, base: Path, statusField: 'status' | 'enabled'): void {
  const raw = valueAt(inst, [...base, statusField]);
  const v = statusField === 'enabled' ? bool(raw) : str(raw);
  let enabled: JsonValue | undefined;
  let status: JsonValue | undefined;
  if (v === undefined) enabled = false;
  else if (isUnknownMarker(v)) enabled = status = v;
  else if (statusField === 'enabled') {
    enabled = v === true;
    status = v === true ? 'Enabled' : 'Suspended';
  } else {
    enabled = v === 'Enabled';
    status = v === 'Enabled' ? 'Enabled' : v === 'Suspended' ? 'Suspended' : 'Disabled';
  }
  const mfa = valueAt(inst, [...base, 'mfa_delete']);
  const mfaJson = typeof mfa === 'string' ? mfa === 'Enabled' : bool(mfa);
  d.set('versioning', compact({ enabled, status, mfaDelete: mfaJson }), { inst, path: base });
  d.line('versioning.enabled', inst, [...base, statusField]);
  d.line('versioning.status', inst, [...base, statusField]);
  d.line('versioning.mfaDelete', inst, [...base, 'mfa_delete']);
}

export const s3BucketAdapter: TfAdapter = {
  modelType: 'aws.s3.bucket',
  primary: ['aws_s3_bucket'],
  nameAttr: 'bucket',
  build(inst, ctx) {
    const name = valueAt(inst, ['bucket']);
    const d = new ResourceDraft(inst, 'aws.s3.bucket', typeof name === 'string' ? name : inst.address);
    // Inline settings of AWS provider v3 and earlier; the split resources below override them.
    if (valueAt(inst, ['acl']) !== undefined) d.set('acl', aclValue(str(valueAt(inst, ['acl']))), { inst, path: ['acl'] });
    if (valueAt(inst, ['versioning', 0]) !== undefined) versioningFrom(d, inst, ['versioning', 0], 'enabled');
    if (valueAt(inst, ['logging', 0]) !== undefined) loggingFrom(d, inst, ['logging', 0], ctx);
    if (valueAt(inst, ['server_side_encryption_configuration', 0]) !== undefined) encryptionFrom(d, inst, ['server_side_encryption_configuration', 0]);
    if (valueAt(inst, ['policy']) !== undefined) d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] });
    return d;
  },
  joins: {
    aws_s3_bucket_public_access_block: {
      via: 'bucket',
      apply(d, inst) {
        const f = (tf: string) => bool(valueAt(inst, [tf])) ?? false;
        d.set('publicAccessBlock', { blockPublicAcls: f('block_public_acls'), ignorePublicAcls: f('ignore_public_acls'), blockPublicPolicy: f('block_public_policy'), restrictPublicBuckets: f('restrict_public_buckets') }, { inst, path: [] });
        d.line('publicAccessBlock.blockPublicAcls', inst, ['block_public_acls']);
        d.line('publicAccessBlock.ignorePublicAcls', inst, ['ignore_public_acls']);
        d.line('publicAccessBlock.blockPublicPolicy', inst, ['block_public_policy']);
        d.line('publicAccessBlock.restrictPublicBuckets', inst, ['restrict_public_buckets']);
      },
    },
    aws_s3_bucket_server_side_encryption_configuration: { via: 'bucket', apply: (d, inst) => encryptionFrom(d, inst, []) },
    aws_s3_bucket_versioning: { via: 'bucket', apply: (d, inst) => versioningFrom(d, inst, ['versioning_configuration', 0], 'status') },
    aws_s3_bucket_logging: { via: 'bucket', apply: (d, inst, ctx) => loggingFrom(d, inst, [], ctx) },
    aws_s3_bucket_acl: {
      via: 'bucket',
      apply(d, inst) {
        const canned = valueAt(inst, ['acl']);
        if (canned !== undefined) return d.set('acl', aclValue(str(canned)), { inst, path: ['acl'] });
        const grants = valueAt(inst, ['access_control_policy', 0, 'grant']);
        if (!Array.isArray(grants)) return d.set('acl', toJson(grants) ?? { grants: [] }, { inst, path: ['access_control_policy'] });
        d.set(
          'acl',
          {
            grants: grants.map((_, i) =>
              compact({
                granteeType: str(valueAt(inst, ['access_control_policy', 0, 'grant', i, 'grantee', 0, 'type'])),
                granteeUri: str(valueAt(inst, ['access_control_policy', 0, 'grant', i, 'grantee', 0, 'uri'])),
                granteeId: str(valueAt(inst, ['access_control_policy', 0, 'grant', i, 'grantee', 0, 'id'])),
                permission: str(valueAt(inst, ['access_control_policy', 0, 'grant', i, 'permission'])),
              }),
            ),
          },
          { inst, path: ['access_control_policy'] },
        );
      },
    },
    aws_s3_bucket_policy: { via: 'bucket', apply: (d, inst) => d.set('policy', policyJson(valueAt(inst, ['policy'])), { inst, path: ['policy'] }) },
    aws_s3_bucket_ownership_controls: {
      via: 'bucket',
      apply: (d, inst) => d.set('ownershipControls', str(valueAt(inst, ['rule', 0, 'object_ownership'])), { inst, path: ['rule', 0, 'object_ownership'] }),
    },
  },
};

export const s3AccountAdapter: TfAdapter = {
  modelType: 'aws.s3.account-settings',
  primary: ['aws_s3_account_public_access_block'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.s3.account-settings', inst.address);
    const f = (tf: string) => bool(valueAt(inst, [tf])) ?? false;
    d.set('publicAccessBlock', { blockPublicAcls: f('block_public_acls'), ignorePublicAcls: f('ignore_public_acls'), blockPublicPolicy: f('block_public_policy'), restrictPublicBuckets: f('restrict_public_buckets') }, { inst, path: [] });
    return d;
  },
};
