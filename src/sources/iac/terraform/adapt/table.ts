import type { JsonValue } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { Ref, isObject } from '../eval/values.js';
import type { Path, ResourceDraft } from './builder.js';
import { bool, num, str, toJson, valueAt } from './builder.js';

/** Converts one written Terraform value to model JSON (undefined when not written). */
export type Conv = (v: TfValue | undefined) => JsonValue | undefined;

/**
 * A KMS key (or any identifier) that may be a reference to another resource: a reference names the
 * key even before apply, so it is kept as its expression (`aws_kms_key.db.arn`) instead of becoming
 * unknown.
 */
export const keyRef: Conv = (v) => (v instanceof Ref ? v.expression : str(v));

/** A list of strings; a single string (a common slip in examples) counts as a list of one. */
export const strList: Conv = (v) => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  return toJson(v);
};

/** True when the attribute is written with any value (a token or reference counts as set). */
export const present: Conv = (v) => (v === undefined || v === null || v === '' ? undefined : true);

export { bool, num, str };

/** Model attribute, path in the Terraform instance, and conversion. */
export type Field = readonly [model: string, path: Path, conv: Conv];

/** Sets every written field and records its line. */
export function applyFields(d: ResourceDraft, inst: TfInstance, fields: readonly Field[]): void {
  for (const [model, path, conv] of fields) d.set(model, conv(valueAt(inst, path)), { inst, path });
}

/** Number of written nested blocks of a kind (`ordered_cache_behavior`, `log_publishing_options`). */
export function blockCount(inst: TfInstance, path: Path): number {
  const v = valueAt(inst, path);
  return Array.isArray(v) ? v.length : isObject(v) ? 1 : 0;
}
