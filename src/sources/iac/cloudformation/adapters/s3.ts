import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker, stableStringify } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asString, compact, nameOf, propAt } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { isEvalObject, toModelJson, unresolved } from '../values.js';
import type { CfnAdapter } from './types.js';

const CANNED_ACLS: Record<string, string> = {
  Private: 'private',
  PublicRead: 'public-read',
  PublicReadWrite: 'public-read-write',
  AuthenticatedRead: 'authenticated-read',
  LogDeliveryWrite: 'log-delivery-write',
  BucketOwnerRead: 'bucket-owner-read',
  BucketOwnerFullControl: 'bucket-owner-full-control',
  AwsExecRead: 'aws-exec-read',
};

const GROUP = 'http://acs.amazonaws.com/groups/';
/** Group grants each canned ACL implies (the owner's own FULL_CONTROL grant is left out). */
const CANNED_GRANTS: Record<string, { uri: string; permission: string }[]> = {
  'public-read': [{ uri: `${GROUP}global/AllUsers`, permission: 'READ' }],
  'public-read-write': [
    { uri: `${GROUP}global/AllUsers`, permission: 'READ' },
    { uri: `${GROUP}global/AllUsers`, permission: 'WRITE' },
  ],
  'authenticated-read': [{ uri: `${GROUP}global/AuthenticatedUsers`, permission: 'READ' }],
  'log-delivery-write': [
    { uri: `${GROUP}s3/LogDelivery`, permission: 'WRITE' },
    { uri: `${GROUP}s3/LogDelivery`, permission: 'READ_ACP' },
  ],
};

const PAB_FIELDS: Record<string, string> = {
  BlockPublicAcls: 'blockPublicAcls',
  IgnorePublicAcls: 'ignorePublicAcls',
  BlockPublicPolicy: 'blockPublicPolicy',
  RestrictPublicBuckets: 'restrictPublicBuckets',
};

function objectOrMarker(b: ModelBuilder, path: string): Record<string, EvalValue> | ModelValue | undefined {
  const v = b.prop(path);
  if (v === undefined || v === null) return undefined;
  if (isUnknownMarker(v)) return v;
  if (!isEvalObject(v)) return unresolved(`${b.res.logicalId}.${path}`, 'expected a mapping');
  return v;
}

function publicAccessBlock(b: ModelBuilder): void {
  const cfg = objectOrMarker(b, 'PublicAccessBlockConfiguration');
  if (cfg === undefined) return;
  if (!isEvalObject(cfg as EvalValue)) return b.set('publicAccessBlock', cfg as ModelValue, 'PublicAccessBlockConfiguration');
  const out: Record<string, ModelValue | undefined> = {};
  for (const [cfn, model] of Object.entries(PAB_FIELDS)) {
    out[model] = asBool(b.prop(`PublicAccessBlockConfiguration.${cfn}`));
    b.mapLine(`publicAccessBlock.${model}`, `PublicAccessBlockConfiguration.${cfn}`);
  }
  b.set('publicAccessBlock', compact(out), 'PublicAccessBlockConfiguration');
}

function encryption(b: ModelBuilder): void {
  const cfg = objectOrMarker(b, 'BucketEncryption');
  if (cfg === undefined) return;
  if (!isEvalObject(cfg as EvalValue)) return b.set('encryption', cfg as ModelValue, 'BucketEncryption');
  const rules = b.prop('BucketEncryption.ServerSideEncryptionConfiguration');
  if (isUnknownMarker(rules)) return b.set('encryption', rules, 'BucketEncryption');
  const base = 'BucketEncryption.ServerSideEncryptionConfiguration.0';
  const byDefault = `${base}.ServerSideEncryptionByDefault`;
  const rule = b.prop(base);
  if (isUnknownMarker(rule)) return b.set('encryption', rule, 'BucketEncryption');
  b.relate('encrypted-by', b.prop(`${byDefault}.KMSMasterKeyID`));
  b.mapLine('encryption.type', `${byDefault}.SSEAlgorithm`);
  b.mapLine('encryption.kmsKeyId', `${byDefault}.KMSMasterKeyID`);
  b.mapLine('encryption.bucketKeyEnabled', `${base}.BucketKeyEnabled`);
  b.set(
    'encryption',
    compact({
      enabled: rule === undefined ? undefined : true,
      type: asString(b.prop(`${byDefault}.SSEAlgorithm`)),
      kmsKeyId: asString(b.prop(`${byDefault}.KMSMasterKeyID`)),
      bucketKeyEnabled: asBool(b.prop(`${base}.BucketKeyEnabled`)),
    }),
    'BucketEncryption',
  );
}

function versioning(b: ModelBuilder): void {
  const cfg = objectOrMarker(b, 'VersioningConfiguration');
  if (cfg === undefined) return;
  if (!isEvalObject(cfg as EvalValue)) return b.set('versioning', cfg as ModelValue, 'VersioningConfiguration');
  const status = asString(b.prop('VersioningConfiguration.Status'));
  b.mapLine('versioning.status', 'VersioningConfiguration.Status');
  b.mapLine('versioning.enabled', 'VersioningConfiguration.Status');
  const enabled = status === undefined ? undefined : isUnknownMarker(status) ? status : status === 'Enabled';
  b.set('versioning', compact({ enabled, status }), 'VersioningConfiguration');
}

function logging(b: ModelBuilder): void {
  const cfg = objectOrMarker(b, 'LoggingConfiguration');
  if (cfg === undefined) return;
  if (!isEvalObject(cfg as EvalValue)) return b.set('logging', cfg as ModelValue, 'LoggingConfiguration');
  b.relate('logs-to', b.prop('LoggingConfiguration.DestinationBucketName'));
  b.mapLine('logging.targetBucket', 'LoggingConfiguration.DestinationBucketName');
  b.mapLine('logging.targetPrefix', 'LoggingConfiguration.LogFilePrefix');
  b.set(
    'logging',
    compact({
      enabled: true,
      targetBucket: asString(b.prop('LoggingConfiguration.DestinationBucketName')),
      targetPrefix: asString(b.prop('LoggingConfiguration.LogFilePrefix')),
    }),
    'LoggingConfiguration',
  );
}

function acl(b: ModelBuilder): void {
  const raw = asString(b.prop('AccessControl'));
  if (raw === undefined) return;
  if (isUnknownMarker(raw)) return b.set('acl', raw, 'AccessControl');
  const canned = CANNED_ACLS[raw] ?? raw;
  const grants = (CANNED_GRANTS[canned] ?? []).map((g) => ({ granteeType: 'Group', granteeUri: g.uri, permission: g.permission }));
  b.set('acl', { cannedAcl: canned, grants }, 'AccessControl');
  b.mapLine('acl.cannedAcl', 'AccessControl');
}

function ownership(b: ModelBuilder): void {
  const rules = b.prop('OwnershipControls.Rules');
  if (rules === undefined) return;
  if (isUnknownMarker(rules)) return b.set('ownershipControls', rules, 'OwnershipControls');
  b.set('ownershipControls', asString(b.prop('OwnershipControls.Rules.0.ObjectOwnership')), 'OwnershipControls.Rules.0.ObjectOwnership');
}

/**
 * The bucket's policy from AWS::S3::BucketPolicy resources of the same template that name it by
 * `!Ref`, by its literal BucketName, or by the same unresolved expression (one parameter).
 */
function policy(b: ModelBuilder, ctx: AdapterContext): void {
  const res = b.res;
  const bucketName = propAt(res, 'BucketName');
  const matches = (target: EvalValue | undefined): boolean => {
    if (target === undefined) return false;
    if (typeof target === 'string' && typeof bucketName === 'string') return target === bucketName;
    if (isUnknownMarker(target) && isUnknownMarker(bucketName)) return target.$unknown.expression === bucketName.$unknown.expression;
    return false;
  };
  const joined = [
    ...ctx.referrers('AWS::S3::BucketPolicy', 'Bucket', res.logicalId),
    ...ctx.ofType('AWS::S3::BucketPolicy').filter((p) => matches(propAt(p, 'Bucket'))),
  ];
  const pol = joined[0];
  if (!pol) return;
  let doc = propAt(pol, 'PolicyDocument');
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as EvalValue;
    } catch {
      doc = unresolved(`${pol.logicalId}.PolicyDocument`, 'policy text is not JSON');
    }
  }
  const value: JsonValue | undefined = doc === undefined ? undefined : toModelJson(doc);
  if (value === undefined) return;
  b.set('policy', value);
  const loc = b.lineOf('PolicyDocument', pol) ?? { file: pol.file, line: pol.line };
  b.setLocation('policy', loc);
  if (joined.length > 1 && new Set(joined.map((p) => stableStringify(propAt(p, 'PolicyDocument')))).size > 1) {
    b.set('policy', unresolved(joined.map((p) => p.logicalId).join(', '), 'several bucket policies target this bucket; only one can apply'));
  }
}

export const s3BucketAdapter: CfnAdapter = {
  modelType: 'aws.s3.bucket',
  cfnTypes: ['AWS::S3::Bucket'],
  joins: ['AWS::S3::BucketPolicy'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.s3.bucket');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['publicAccessBlock', 'encryption', 'versioning', 'logging', 'acl', 'ownershipControls']) b.set(attr, res.properties);
    } else {
      publicAccessBlock(b);
      encryption(b);
      versioning(b);
      logging(b);
      acl(b);
      ownership(b);
    }
    policy(b, ctx);
    return [b.build(nameOf(res, 'BucketName'), ctx)];
  },
};
