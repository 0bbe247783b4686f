/**
 * Values of the Terraform evaluator. Plain JSON-like values, plus two markers:
 * - Unknown: a value that cannot be known before apply or could not be resolved here (an unset
 *   variable, a remote module, an unsupported function). It carries the expression, so a rule that
 *   needs it can say exactly what was unresolved. Never guessed.
 * - Ref: a computed attribute of another resource (`aws_s3_bucket.b.id`). Unknown as a value, but
 *   it identifies its resource, which is how adapters join `aws_s3_bucket_versioning` to its bucket.
 */
import type { Expression } from '../hcl/ast.js';

/** Something that can give the source text of a syntax node (an evaluation scope). */
export interface NodeText {
  text(node: Expression): string;
}

/**
 * A name that could not be resolved (an undeclared variable, local or resource). Scope.resolve
 * returns it instead of throwing EvalError: the outcome is the same EvalFailure, without the cost
 * of an exception on what is, in real configurations, a common path. Its message may start with
 * the text of the reference, read from the source only when the message is.
 */
export class ResolveError {
  #message: string | undefined;
  #source: NodeText | undefined;
  #node: Expression | undefined;
  #detail: string | undefined;

  constructor(message: string) {
    this.#message = message;
  }

  /** An error whose message is `<text of node>: <detail>`. */
  static at(source: NodeText, node: Expression, detail: string): ResolveError {
    const err = new ResolveError('');
    err.#message = undefined;
    err.#source = source;
    err.#node = node;
    err.#detail = detail;
    return err;
  }

  get message(): string {
    if (this.#message === undefined) {
      this.#message = `${(this.#source as NodeText).text(this.#node as Expression)}: ${this.#detail}`;
      this.#source = this.#node = this.#detail = undefined;
    }
    return this.#message;
  }
}

/**
 * An unknown value. Its expression and reason are often never read (most unknown attributes are
 * not ones an adapter converts), so they can be given as the text of a node and a cause, read from
 * the source and formatted on first access: evaluation makes many unknowns, and building their
 * text eagerly was a large share of its cost.
 */
export class Unknown {
  #expression: string | undefined;
  #reason: string | undefined;
  /** With #node, gives the expression when #expression is not set yet. */
  #source: NodeText | undefined;
  #node: Expression | undefined;
  /**
   * Gives the reason when #reason is not set yet: `${#prefix}${cause.expression} is unknown`, or
   * with no prefix, the cause's own reason (or message).
   */
  #cause: Unknown | Ref | ResolveError | undefined;
  #prefix: string | undefined;

  constructor(expression: string, reason?: string) {
    this.#expression = expression;
    this.#reason = reason;
  }

  /** An unknown named by the text of `node`, with a reason. */
  static at<T extends Unknown>(this: new (expression: string, reason?: string) => T, source: NodeText, node: Expression, reason?: string): T {
    const u = new this('', reason);
    u.#expression = undefined;
    u.#source = source;
    u.#node = node;
    return u;
  }

  /** An unknown named by the text of `node` because `cause` is unknown: `<prefix><cause> is unknown`. */
  static because<T extends Unknown>(this: new (expression: string, reason?: string) => T, source: NodeText, node: Expression, prefix: string, cause: Unknown | Ref): T {
    const u = new this('');
    u.#expression = undefined;
    u.#source = source;
    u.#node = node;
    u.#cause = cause;
    u.#prefix = prefix;
    return u;
  }

  /** An unknown named by the text of `node` with the reason (or message) of `cause`. */
  static sameReason<T extends Unknown>(this: new (expression: string, reason?: string) => T, source: NodeText, node: Expression, cause: Unknown | ResolveError): T {
    const u = new this('');
    u.#expression = undefined;
    u.#source = source;
    u.#node = node;
    u.#cause = cause;
    return u;
  }

  get expression(): string {
    if (this.#expression === undefined) {
      this.#expression = (this.#source as NodeText).text(this.#node as Expression);
      this.#source = this.#node = undefined;
    }
    return this.#expression;
  }

  get reason(): string | undefined {
    const cause = this.#cause;
    if (cause !== undefined) {
      if (this.#prefix !== undefined) this.#reason = `${this.#prefix}${(cause as Unknown | Ref).expression} is unknown`;
      else this.#reason = cause instanceof ResolveError ? cause.message : (cause as Unknown).reason;
      this.#cause = this.#prefix = undefined;
    }
    return this.#reason;
  }
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

/**
 * A new empty object kept in V8's dictionary (hash table) mode. Configuration objects get their
 * keys from the source, in any order and combination: as ordinary objects, nearly every one needs
 * its own chain of hidden classes, built on the first store of each new key sequence, and every
 * read of them misses the inline caches. Deleting a property other than the last one added turns
 * an object into a dictionary, where adding and reading a key is a hash lookup. Same prototype,
 * same key order, same behaviour: only the representation differs.
 */
export function dictionaryObject(): TfObject {
  const o: TfObject = { a: null, b: null };
  delete o.a;
  delete o.b;
  return o;
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
