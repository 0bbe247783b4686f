import { isUnknownMarker } from '../../../../core/index.js';
import type { ModelValue } from '../model.js';
import { ModelBuilder, asBool, asInt, asList, asString } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { isEvalObject, toModelJson } from '../values.js';

/** Reads one written property into a model value (undefined when not written). */
export type Coerce = (v: EvalValue | undefined) => ModelValue | undefined;

/** A list of strings; a lone string counts as a list of one. */
export const asStringList: Coerce = (v) => {
  if (typeof v === 'string') return [v];
  const list = asList(v);
  if (list === undefined || isUnknownMarker(list)) return list;
  return list.map((x) => asString(x) ?? null);
};

/** Any JSON value (policy documents), with references rendered as `${Name}`. */
export const asJson: Coerce = (v) => (v === undefined || v === null ? undefined : (toModelJson(v) as ModelValue));

/** True when the property is written with any value. */
export const written: Coerce = (v) => (v === undefined || v === null || v === '' ? undefined : true);

export { asBool, asInt, asString };

/** Model attribute, dotted CloudFormation property path, and coercion. */
export type CfnField = readonly [model: string, prop: string, coerce: Coerce];

/**
 * A builder with every written field set. When the whole Properties block is unresolved, every
 * field the adapter would read becomes unknown with that cause.
 */
export function buildFields(res: EvaluatedResource, modelType: string, fields: readonly CfnField[]): ModelBuilder {
  const b = new ModelBuilder(res, modelType);
  for (const [model, prop, coerce] of fields) b.set(model, isUnknownMarker(res.properties) ? res.properties : coerce(b.prop(prop)), prop);
  return b;
}

/** Items of a list property (CacheBehaviors, DefaultActions), or [] when absent or not a list. */
export function items(b: ModelBuilder, prop: string): EvalValue[] {
  const v = b.prop(prop);
  return Array.isArray(v) ? v : [];
}

export { isEvalObject };
