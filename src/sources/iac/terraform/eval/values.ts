/**
 * Values of the Terraform evaluator. Plain JSON-like values, plus two markers:
 * - Unknown: a value that cannot be known before apply or could not be resolved here (an unset
 *   variable, a remote module, an unsupported function). It carries the expression, so a rule that
 *   needs it can say exactly what was unresolved. Never guessed.
 * - Ref: a computed attribute of another resource (`aws_s3_bucket.b.id`). Unknown as a value, but
 *   it identifies its resource, which is how adapters join `aws_s3_bucket_versioning` to its bucket.
 */
export class Unknown {
  constructor(
    readonly expression: string,
    readonly reason?: string,
  ) {}
}

/**
 * An expression that failed to evaluate (a missing key, a bad argument). Unknown to rules like any
 * Unknown, but try() and can() tell it apart: they skip errors, yet an unknown value stays unknown.
 */
export class EvalFailure extends Unknown {}

export class Ref {
  constructor(
    /** Resource address without instance key, e.g. `aws_s3_bucket.b` or `module.m.aws_s3_bucket.b`. */
    readonly address: string,
    /** Full instance address, e.g. `aws_s3_bucket.b[0]`. */
    readonly instance: string,
    readonly attribute: string,
  ) {}
  get expression(): string {
    return `${this.instance}.${this.attribute}`;
  }
}

export type TfValue = string | number | boolean | null | TfValue[] | TfObject | Unknown | Ref;
export interface TfObject {
  [key: string]: TfValue;
}

export function isUnknown(v: unknown): v is Unknown | Ref {
  return v instanceof Unknown || v instanceof Ref;
}

export function isObject(v: unknown): v is TfObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Ref);
}

/** The first unknown inside a value, for operations that need all of it. */
export function findUnknown(v: TfValue): Unknown | Ref | undefined {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v)) {
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

export function typeName(v: TfValue): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'tuple';
  if (isUnknown(v)) return 'unknown';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** An evaluation error. Thrown and caught on every failed lookup, so it skips the costly stack trace. */
export class EvalError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** Terraform's automatic conversion to string. */
export function toStr(v: TfValue, what = 'value'): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError(`cannot use a ${typeName(v)} as a string in ${what}`);
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(n);
}

export function toNum(v: TfValue, what = 'value'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError(`cannot use ${JSON.stringify(v)} as a number in ${what}`);
}

export function toBool(v: TfValue, what = 'value'): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvalError(`cannot use ${JSON.stringify(v)} as a bool in ${what}`);
}

/** A collection as a list of [key, value] pairs (lists by index, objects and maps by key). */
export function entries(v: TfValue, what: string): [TfValue, TfValue][] {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (isObject(v)) return Object.keys(v).sort().map((k) => [k, v[k] as TfValue]);
  throw new EvalError(`${what} needs a list, set or map, got ${typeName(v)}`);
}

export function deepEqual(a: TfValue, b: TfValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i] as TfValue));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k] as TfValue, b[k] as TfValue));
  }
  if (typeof a === 'number' && typeof b === 'string') return String(a) === b;
  if (typeof a === 'string' && typeof b === 'number') return a === String(b);
  return false;
}

/**
 * Unknown parts inside strings. A template such as `"${aws_s3_bucket.b.arn}/*"` renders to a string
 * carrying a token for the unknown part, so a policy document built with jsonencode or a heredoc
 * keeps every known field (a Principal of "*" stays visible) while the unknown field becomes an
 * unknown marker when the adapters convert it to the model.
 */
const TOKEN_START = '\u0000?';
const TOKEN_END = '?\u0000';
// eslint-disable-next-line no-control-regex -- NUL delimits tokens precisely because it never occurs in configuration text
export const TOKEN_RE = /\u0000\?([^\u0000]*)\?\u0000/;
/** The same token after JSON escaping (jsonencode output), so a JSON document keeps its tokens. */
const ESCAPED_TOKEN_START = '\\u0000?';
// eslint-disable-next-line no-control-regex -- as TOKEN_RE
const ESCAPED_TOKEN_RE = /\\u0000\?((?:(?!\\u0000)[^\u0000])*)\?\\u0000/;

export function unknownToken(u: Unknown | Ref): string {
  return `${TOKEN_START}${u.expression}${TOKEN_END}`;
}

export function hasToken(s: string): boolean {
  return s.includes(TOKEN_START) || s.includes(ESCAPED_TOKEN_START);
}

/** The expression behind the first token of a string, if any. */
export function tokenExpression(s: string): string | undefined {
  return TOKEN_RE.exec(s)?.[1] ?? ESCAPED_TOKEN_RE.exec(s)?.[1];
}

/** A string with a token is unknown as a whole wherever its exact value matters. */
export function strictValue(v: TfValue): TfValue {
  if (typeof v === 'string' && hasToken(v)) return new Unknown(tokenExpression(v) ?? 'a partly unknown string');
  return v;
}
