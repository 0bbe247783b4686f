/** Finds the S3 bucket a trail delivers to and tells whether it is open to the public. */
import type { JsonValue, Resource, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker } from '../../../core/index.js';

/** The trail's bucket in the inventory; throws unknown evidence when it is not part of the scan. */
export function trailBucket(ctx: RuleContext): Resource {
  const rel = ctx.resource.relationships?.find((r) => r.kind === 'logs-to');
  const byRel = rel ? ctx.inventory.byUid(rel.target) : undefined;
  if (byRel) return byRel;
  const name = ctx.string('s3BucketName');
  const bucket = name ? bucketsByName(ctx).get(name) : undefined;
  if (bucket) return bucket;
  const what = name ?? rel?.target ?? 'the log bucket';
  throw new UnknownEvidenceError(
    's3BucketName',
    ctx.resource.provenance.kind === 'live'
      ? { kind: 'not-collected', message: `bucket ${what} is not part of this scan (another account, or not collected)` }
      : { kind: 'unresolved', expression: what, message: `bucket ${what} is defined outside this configuration` },
  );
}

/**
 * The first bucket (inventory order) whose name is the key or whose uid ends in `:::key`, for every
 * key: one pass over the buckets per inventory instead of one per trail.
 */
function bucketsByName(ctx: RuleContext): ReadonlyMap<string, Resource> {
  return ctx.inventory.memo('cloudtrail:buckets-by-name', () => {
    const index = new Map<string, Resource>();
    const claim = (key: string, b: Resource) => {
      if (!index.has(key)) index.set(key, b);
    };
    for (const b of ctx.inventory.byType('aws.s3.bucket')) {
      claim(b.name, b);
      for (let at = b.uid.indexOf(':::'); at >= 0; at = b.uid.indexOf(':::', at + 1)) claim(b.uid.slice(at + 3), b);
    }
    return index;
  });
}

/** Reads an attribute of the bucket; an unknown marker at the top stops the verdict. */
export function bucketAttr(ctx: RuleContext, bucket: Resource, path: string): JsonValue | undefined {
  const v = ctx.getOf(bucket, path);
  if (isUnknownMarker(v)) throw new UnknownEvidenceError(`${bucket.uid}#${path}`, v.$unknown);
  return v;
}

const PUBLIC_CANNED = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const PUBLIC_GROUPS = /\/groups\/global\/(AllUsers|AuthenticatedUsers)$/;

function blockFlag(pab: JsonValue | undefined, flag: string): boolean {
  return isJsonObject(pab) && pab[flag] === true;
}

function publicPrincipal(p: JsonValue | undefined): boolean {
  if (p === '*') return true;
  if (isJsonObject(p)) return Object.values(p).some((v) => v === '*' || (Array.isArray(v) && v.includes('*')));
  return false;
}

/** Why the bucket is public, or undefined when neither its ACL nor its policy opens it. */
export function bucketPublicReason(ctx: RuleContext, bucket: Resource): string | undefined {
  const account = ctx.inventory.byType('aws.s3.account-settings').find((a) => !bucket.account || !a.account || a.account === bucket.account);
  const accountPab = account ? bucketAttr(ctx, account, 'publicAccessBlock') : undefined;
  const pab = bucketAttr(ctx, bucket, 'publicAccessBlock');
  const ignoreAcls = blockFlag(pab, 'ignorePublicAcls') || blockFlag(accountPab, 'ignorePublicAcls');
  const restrictPolicy = blockFlag(pab, 'restrictPublicBuckets') || blockFlag(accountPab, 'restrictPublicBuckets');
  if (!ignoreAcls) {
    const acl = bucketAttr(ctx, bucket, 'acl');
    if (isJsonObject(acl)) {
      const canned = acl.cannedAcl;
      if (isUnknownMarker(canned)) throw new UnknownEvidenceError(`${bucket.uid}#acl.cannedAcl`, canned.$unknown);
      if (typeof canned === 'string' && PUBLIC_CANNED.has(canned)) return `its ACL is ${canned}`;
      const grants = Array.isArray(acl.grants) ? acl.grants : [];
      for (const g of grants) {
        if (isUnknownMarker(g)) throw new UnknownEvidenceError(`${bucket.uid}#acl.grants`, g.$unknown);
        if (isJsonObject(g) && typeof g.granteeUri === 'string' && PUBLIC_GROUPS.test(g.granteeUri)) return `its ACL grants ${String(g.permission)} to ${g.granteeUri.split('/').pop() ?? ''}`;
      }
    }
  }
  if (!restrictPolicy) {
    const policy = bucketAttr(ctx, bucket, 'policy');
    const statements = isJsonObject(policy) ? (Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : []) : [];
    for (const s of statements) {
      if (isUnknownMarker(s)) throw new UnknownEvidenceError(`${bucket.uid}#policy`, s.$unknown);
      if (!isJsonObject(s) || s.Effect !== 'Allow' || s.Condition !== undefined) continue;
      if (isUnknownMarker(s.Principal)) throw new UnknownEvidenceError(`${bucket.uid}#policy`, s.Principal.$unknown);
      if (publicPrincipal(s.Principal)) return 'its bucket policy allows any principal without a condition';
    }
  }
  return undefined;
}
