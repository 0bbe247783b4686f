/**
 * Reads S3 object-level (data event) coverage from a trail's event selectors, in the shape
 * GetEventSelectors returns: `{ eventSelectors: [...], advancedEventSelectors: [...] }`. Only
 * selectors covering every bucket count; unknown parts stop the answer.
 */
import type { InventoryView, JsonValue, Resource, RuleContext, UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker, readPath } from '../../../core/index.js';

export type Access = 'read' | 'write';

const ALL_BUCKETS = /^arn:[a-z-]+:s3(:::)?$/;

function list(v: JsonValue | undefined): JsonValue[] {
  return Array.isArray(v) ? v : [];
}

function firstUnknown(v: JsonValue | undefined): UnknownCause | undefined {
  if (isUnknownMarker(v)) return v.$unknown;
  if (Array.isArray(v)) {
    for (const x of v) {
      const c = firstUnknown(x);
      if (c) return c;
    }
  } else if (isJsonObject(v)) {
    for (const x of Object.values(v)) {
      const c = firstUnknown(x);
      if (c) return c;
    }
  }
  return undefined;
}

/** Does this set of selectors record S3 data events of `access` for every bucket? */
export function coversS3(selectors: JsonValue | undefined, access: Access, path: string): boolean {
  if (selectors === undefined || selectors === null) return false;
  let unknown: UnknownCause | undefined;
  const basic = isJsonObject(selectors) ? list(selectors.eventSelectors) : [];
  for (const s of basic) {
    const c = firstUnknown(s);
    if (c) {
      unknown ??= c;
      continue;
    }
    if (!isJsonObject(s)) continue;
    const rw = typeof s.ReadWriteType === 'string' ? s.ReadWriteType : 'All';
    if (rw !== 'All' && rw !== (access === 'read' ? 'ReadOnly' : 'WriteOnly')) continue;
    const all = list(s.DataResources).some((d) => isJsonObject(d) && d.Type === 'AWS::S3::Object' && list(d.Values).some((v) => typeof v === 'string' && ALL_BUCKETS.test(v)));
    if (all) return true;
  }
  const advanced = isJsonObject(selectors) ? list(selectors.advancedEventSelectors) : [];
  for (const s of advanced) {
    const c = firstUnknown(s);
    if (c) {
      unknown ??= c;
      continue;
    }
    if (!isJsonObject(s)) continue;
    const fields = list(s.FieldSelectors).filter(isJsonObject);
    const eq = (name: string) => fields.find((f) => f.Field === name);
    const equalsOf = (name: string) => list(eq(name)?.Equals);
    if (!equalsOf('eventCategory').includes('Data') || !equalsOf('resources.type').includes('AWS::S3::Object')) continue;
    if (eq('resources.ARN') || eq('eventName') || eq('eventSource')) continue;
    const ro = equalsOf('readOnly');
    if (ro.length && !ro.includes(access === 'read' ? 'true' : 'false')) continue;
    return true;
  }
  if (unknown) throw new UnknownEvidenceError(path, unknown);
  return false;
}

interface AccountCoverage {
  /** Multi-region trails that record the data events, by account. */
  by: Map<string, Resource[]>;
  /** Why some trail of the account could not be judged, when none is known to cover. */
  unknown: Map<string, { path: string; cause: UnknownCause }>;
}

/** Which trails of each account cover S3 data events of `access`: computed once per inventory. */
function accountCoverage(inventory: InventoryView, access: Access): AccountCoverage {
  return inventory.memo(`aws.cloudtrail.s3-data-events.${access}`, () => {
    const out: AccountCoverage = { by: new Map(), unknown: new Map() };
    for (const trail of inventory.byType('aws.cloudtrail.trail')) {
      const account = trail.account ?? '';
      try {
        if (readPath(trail, 'isMultiRegion', undefined).value !== true) continue;
        if (!coversS3(readPath(trail, 'eventSelectors', undefined).value, access, `${trail.uid}#eventSelectors`)) continue;
        out.by.set(account, [...(out.by.get(account) ?? []), trail]);
      } catch (err) {
        if (!(err instanceof UnknownEvidenceError)) throw err;
        if (!out.unknown.has(account)) out.unknown.set(account, { path: `${trail.uid}#${err.path}`, cause: err.cause });
      }
    }
    return out;
  });
}

/** This trail, or another multi-region trail of the account, records S3 data events of `access` for all buckets. */
export function s3DataEventsCoverage(ctx: RuleContext, access: Access): { covered: boolean; by?: Resource } {
  const own = ctx.get('eventSelectors');
  if (ctx.bool('isMultiRegion') && coversS3(own, access, 'eventSelectors')) return { covered: true, by: ctx.resource };
  const account = ctx.resource.account ?? '';
  const coverage = accountCoverage(ctx.inventory, access);
  const other = coverage.by.get(account)?.find((t) => t.uid !== ctx.resource.uid);
  if (other) {
    // Record the evidence the verdict rests on.
    ctx.getOf(other, 'isMultiRegion');
    ctx.getOf(other, 'eventSelectors');
    return { covered: true, by: other };
  }
  const unknown = coverage.unknown.get(account);
  if (unknown && !unknown.path.startsWith(`${ctx.resource.uid}#`)) throw new UnknownEvidenceError(unknown.path, unknown.cause);
  return { covered: false };
}
