import type { InventoryView, JsonValue, RuleContext } from '../../../core/index.js';
import { isJsonObject } from '../../../core/index.js';
import { detail } from '../detail.js';

const LOG_DELIVERY_GROUP = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
const LOGGING_SERVICE = 'logging.s3.amazonaws.com';

/**
 * Whether `text` occurs in a key or a string anywhere in the value: what
 * `JSON.stringify(value).includes(text)` answers for a text with no quote, backslash or escape,
 * without writing the JSON out for every bucket and rule.
 */
export function mentions(value: JsonValue | undefined, text: string): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (Array.isArray(value)) return value.some((v) => mentions(v, text));
  if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v !== undefined && (key.includes(text) || mentions(v, text))) return true;
    }
  }
  return false;
}

/** For each bucket that receives access logs from another bucket: the name of one such source. */
function logTargets(inventory: InventoryView): { byUid: Map<string, string>; byName: Map<string, string> } {
  return inventory.memo('aws.s3.log-targets', () => {
    const byUid = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const b of inventory.byType('aws.s3.bucket')) {
      for (const rel of b.relationships ?? []) if (rel.kind === 'logs-to' && rel.target !== b.uid && !byUid.has(rel.target)) byUid.set(rel.target, b.name);
      const ev = b.attributes.logging;
      const target = ev?.state === 'known' && isJsonObject(ev.value) ? ev.value.targetBucket : undefined;
      if (typeof target === 'string' && target !== b.name && !byName.has(target)) byName.set(target, b.name);
    }
    return { byUid, byName };
  });
}

/**
 * Why the bucket is itself a destination of server access logs, if it is: its ACL lets the log
 * delivery group write, its policy lets the logging service write, or another bucket names it as
 * its log target. Unreadable settings count as "no": the caller then judges the bucket normally.
 */
export function logDestinationReason(ctx: RuleContext): string | undefined {
  const grants = detail(ctx, 'acl.grants');
  if (Array.isArray(grants) && grants.some((g) => isJsonObject(g) && g.granteeUri === LOG_DELIVERY_GROUP && (g.permission === 'WRITE' || g.permission === 'FULL_CONTROL'))) {
    return 'its ACL lets the S3 log delivery group write to it';
  }
  const policy = detail(ctx, 'policy');
  if (mentions(policy, LOGGING_SERVICE)) return 'its policy lets the S3 logging service write to it';
  const targets = logTargets(ctx.inventory);
  const source = targets.byUid.get(ctx.resource.uid) ?? targets.byName.get(ctx.resource.name);
  return source ? `bucket ${source} sends its access logs here` : undefined;
}
