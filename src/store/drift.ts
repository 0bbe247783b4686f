import { hash } from 'node:crypto';
import type { Resource } from '../core/index.js';
import { isJsonObject, isUnknownMarker, stableStringify } from '../core/index.js';
import type { AttributeChange } from './types.js';

/**
 * The configuration of a resource as history keeps it: what a user could change. Provenance
 * (file lines, API operations) is left out, so moving a block in a file is not drift. Absent and
 * unknown attributes keep their state: `{ $absent: true }`, `{ $unknown: cause }`.
 */
export function resourceConfig(r: Resource): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [k, ev] of Object.entries(r.attributes)) {
    attributes[k] = ev.state === 'known' ? ev.value : ev.state === 'absent' ? { $absent: true } : { $unknown: ev.cause };
  }
  const config: Record<string, unknown> = { name: r.name, tags: r.tags, attributes };
  if (r.relationships?.length) {
    config.relationships = [...r.relationships].map((x) => `${x.kind} ${x.target}`).sort();
  }
  return config;
}

export function configText(r: Resource): string {
  return stableStringify(resourceConfig(r));
}

export function configHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 32);
}

function isLeaf(v: unknown): boolean {
  return !(Array.isArray(v) || isJsonObject(v)) || isUnknownMarker(v) || (isJsonObject(v) && Object.keys(v).length === 1 && v.$absent === true);
}

function join(base: string, key: string | number): string {
  return typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;
}

/**
 * Attribute-level differences between two configurations: one entry per leaf path that changed,
 * with the old and new value (undefined where the path did not exist).
 */
export function diffConfig(before: unknown, after: unknown, base = ''): AttributeChange[] {
  if (stableStringify(before) === stableStringify(after)) return [];
  if (before === undefined || after === undefined || isLeaf(before) || isLeaf(after) || Array.isArray(before) !== Array.isArray(after)) {
    return [{ path: base || '(root)', before, after }];
  }
  const out: AttributeChange[] = [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) out.push(...diffConfig(before[i], after[i], join(base, i)));
    return out;
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  for (const k of keys) out.push(...diffConfig(b[k], a[k], join(base, k)));
  return out;
}
