import type { JsonValue, UnknownMarker } from '../../../core/index.js';
import { isUnknownMarker, unknownMarker, unresolvedCause } from '../../../core/index.js';
import type { ScalarValue } from '../common/index.js';

/**
 * A reference to another resource of the same template (`!Ref MyBucket`, `!GetAtt MyKey.Arn`).
 * Its real value exists only after deploy, but which resource it names is certain: adapters use
 * it to join resources (a bucket policy to its bucket), and the model shows it as `${MyBucket}`.
 */
export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute?: string,
  ) {}

  /** CloudFormation's own `${Name}` / `${Name.Attr}` notation. */
  render(): string {
    return `\${${this.logicalId}${this.attribute ? `.${this.attribute}` : ''}}`;
  }
}

/** `AWS::NoValue`: the property is removed as if it had not been written. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type EvalValue = ScalarValue | UnknownMarker | ResourceRef | typeof NO_VALUE | EvalValue[] | { [key: string]: EvalValue };
export type EvalObject = { [key: string]: EvalValue };

export function isEvalObject(v: EvalValue | undefined): v is EvalObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ResourceRef) && !isUnknownMarker(v);
}

export function unresolved(expression: string, why?: string): UnknownMarker {
  return unknownMarker(unresolvedCause(expression, why));
}

/** Model JSON of an evaluated value: references render as `${Name}`, removed values disappear. */
export function toModelJson(v: EvalValue): JsonValue {
  if (v instanceof ResourceRef) return v.render();
  if (v === NO_VALUE) return null;
  if (Array.isArray(v)) return v.filter((x) => x !== NO_VALUE).map(toModelJson);
  if (isUnknownMarker(v)) return v as unknown as JsonValue;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) if (x !== NO_VALUE) out[k] = toModelJson(x);
    return out;
  }
  return v;
}

/** Structural equality of two evaluated values (used to settle `!If` on an undecided condition). */
export function sameValue(x: EvalValue, y: EvalValue): boolean {
  if (x instanceof ResourceRef || y instanceof ResourceRef) {
    return x instanceof ResourceRef && y instanceof ResourceRef && x.logicalId === y.logicalId && x.attribute === y.attribute;
  }
  if (isUnknownMarker(x) || isUnknownMarker(y)) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => sameValue(v, y[i] as EvalValue));
  }
  if (isEvalObject(x) && isEvalObject(y)) {
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => k in y && sameValue(x[k] as EvalValue, y[k] as EvalValue));
  }
  return x === y;
}
