import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { Ref, hasToken, tokenExpression } from '../eval/values.js';
import type { AdaptContext, ResourceDraft } from './builder.js';
import { str } from './builder.js';

/**
 * Relationships from one model resource to another built in the same scan (a trail to its bucket and
 * log group). The target may be built after the source, so links are resolved when the adapter
 * finishes, through the reference written (`aws_s3_bucket.b.id`, `"${aws_cloudwatch_log_group.g.arn}:*"`).
 */
const pending = new WeakMap<ResourceDraft, { ctx: AdaptContext; links: { kind: string; ref: Ref }[] }>();

/** The resource reference behind a value: a Ref, or the first token of a template string. */
export function refOf(v: TfValue | undefined): Ref | undefined {
  if (v instanceof Ref) return v;
  if (typeof v === 'string' && hasToken(v)) {
    const expr = tokenExpression(v);
    const m = expr ? /^(.*)\.([A-Za-z0-9_-]+)$/.exec(expr) : null;
    if (m?.[1] && m[2]) return new Ref(m[1].replace(/\[[^\]]*\]$/, ''), m[1], m[2]);
  }
  return undefined;
}

/** A string identifier that only needs to be present: references keep their `${expression}` form. */
export function identifier(v: TfValue | undefined): ReturnType<typeof str> {
  const ref = refOf(v);
  if (ref) return `\${${ref.expression}}`;
  return str(v);
}

export function link(d: ResourceDraft, ctx: AdaptContext, kind: string, v: TfValue | undefined): void {
  const ref = refOf(v);
  if (!ref) return;
  const entry = pending.get(d) ?? { ctx, links: [] };
  entry.links.push({ kind, ref });
  pending.set(d, entry);
}

/** Call from the adapter's `finish`: turns the recorded references into relationships. */
export function resolveLinks(d: ResourceDraft): void {
  const entry = pending.get(d);
  if (!entry) return;
  for (const { kind, ref } of entry.links) {
    const target = entry.ctx.uidOf(ref);
    if (target) d.relationships.push({ kind, target });
  }
  pending.delete(d);
}

/** Every instance of the configured nested block (`event_selector`) as a list. */
export function blocks(inst: TfInstance, name: string): TfValue[] {
  const v = inst.config[name];
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
