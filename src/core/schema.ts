import type { JsonValue } from './json.js';

/**
 * A small descriptor language for the attributes of each resource type. One descriptor gives:
 * the TypeScript type (via Infer), runtime validation of snapshots, the type declarations custom
 * CEL policies are checked against, the provider defaults applied when a value is absent, and the
 * generated documentation.
 */
export type AttrType =
  | { kind: 'bool' }
  | { kind: 'string'; enum?: readonly string[] }
  | { kind: 'int' }
  | { kind: 'number' }
  | { kind: 'timestamp' }
  | { kind: 'list'; items: AttrType }
  | { kind: 'map'; values: AttrType }
  | { kind: 'object'; fields: Readonly<Record<string, AttrField>> }
  /** Free-form JSON, e.g. a policy document. */
  | { kind: 'json' };

export interface AttrField<T extends AttrType = AttrType> {
  type: T;
  description: string;
  /** What the provider does when the value is not set. Applied to absent evidence. */
  default?: JsonValue;
  /** Why that default holds, e.g. "S3 encrypts new objects with SSE-S3 since January 2023". */
  defaultNote?: string;
}

type FieldOpts = { default?: JsonValue; defaultNote?: string };

function field<T extends AttrType>(type: T, description: string, opts: FieldOpts = {}): AttrField<T> {
  return { type, description, ...opts };
}

export const a = {
  bool: (description: string, opts?: FieldOpts) => field({ kind: 'bool' } as const, description, opts),
  string: (description: string, opts?: FieldOpts) => field({ kind: 'string' } as const, description, opts),
  enum: <const E extends readonly string[]>(values: E, description: string, opts?: FieldOpts) =>
    field({ kind: 'string', enum: values } as { kind: 'string'; enum: E }, description, opts),
  int: (description: string, opts?: FieldOpts) => field({ kind: 'int' } as const, description, opts),
  number: (description: string, opts?: FieldOpts) => field({ kind: 'number' } as const, description, opts),
  timestamp: (description: string, opts?: FieldOpts) => field({ kind: 'timestamp' } as const, description, opts),
  json: (description: string, opts?: FieldOpts) => field({ kind: 'json' } as const, description, opts),
  list: <I extends AttrType>(items: AttrField<I> | I, description: string, opts?: FieldOpts) =>
    field({ kind: 'list', items: 'kind' in items ? items : items.type } as { kind: 'list'; items: I }, description, opts),
  map: <V extends AttrType>(values: AttrField<V> | V, description: string, opts?: FieldOpts) =>
    field({ kind: 'map', values: 'kind' in values ? values : values.type } as { kind: 'map'; values: V }, description, opts),
  object: <F extends Record<string, AttrField>>(fields: F, description: string, opts?: FieldOpts) =>
    field({ kind: 'object', fields } as { kind: 'object'; fields: F }, description, opts),
};

/** The TypeScript type of a value described by an AttrType. */
export type InferType<T extends AttrType> = T extends { kind: 'bool' }
  ? boolean
  : T extends { kind: 'string'; enum: readonly (infer E)[] }
    ? E
    : T extends { kind: 'string' }
      ? string
      : T extends { kind: 'int' } | { kind: 'number' }
        ? number
        : T extends { kind: 'timestamp' }
          ? string
          : T extends { kind: 'list'; items: infer I extends AttrType }
            ? InferType<I>[]
            : T extends { kind: 'map'; values: infer V extends AttrType }
              ? Record<string, InferType<V>>
              : T extends { kind: 'object'; fields: infer F extends Record<string, AttrField> }
                ? InferFields<F>
                : JsonValue;

export type InferFields<F extends Record<string, AttrField>> = {
  [K in keyof F]?: F[K] extends AttrField<infer T> ? InferType<T> | null : never;
};

/** Follows a dotted path (numeric segments index lists) through a descriptor. */
export function fieldAt(fields: Readonly<Record<string, AttrField>>, path: readonly string[]): AttrField | undefined {
  let current: AttrField | undefined = fields[path[0] ?? ''];
  for (const seg of path.slice(1)) {
    if (!current) return undefined;
    const t: AttrType = current.type;
    if (t.kind === 'object') current = t.fields[seg];
    else if (t.kind === 'list' && /^\d+$/.test(seg)) current = { type: t.items, description: current.description };
    else if (t.kind === 'map') current = { type: t.values, description: current.description };
    else if (t.kind === 'json') return { type: { kind: 'json' }, description: current.description };
    else return undefined;
  }
  return current;
}

export function describeType(t: AttrType): string {
  switch (t.kind) {
    case 'string':
      return t.enum ? `string (${t.enum.map((e) => `'${e}'`).join(' | ')})` : 'string';
    case 'list':
      return `list of ${describeType(t.items)}`;
    case 'map':
      return `map of ${describeType(t.values)}`;
    case 'object':
      return 'object';
    default:
      return t.kind;
  }
}

/**
 * Checks a JSON value against a type. Returns problems as `path: message` strings; nested
 * unknown markers are accepted anywhere.
 */
export function validateValue(t: AttrType, value: unknown, path: string, out: string[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$unknown' in value) return;
  const fail = (msg: string): void => {
    out.push(`${path}: ${msg}`);
  };
  switch (t.kind) {
    case 'bool':
      if (typeof value !== 'boolean') fail(`expected a boolean, got ${typeName(value)}`);
      return;
    case 'string':
      if (typeof value !== 'string') fail(`expected a string, got ${typeName(value)}`);
      else if (t.enum && !t.enum.includes(value)) fail(`'${value}' is not one of ${t.enum.join(', ')}`);
      return;
    case 'timestamp':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(`expected an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) fail(`expected an integer, got ${typeName(value)}`);
      return;
    case 'number':
      if (typeof value !== 'number') fail(`expected a number, got ${typeName(value)}`);
      return;
    case 'json':
      return;
    case 'list':
      if (!Array.isArray(value)) return fail(`expected a list, got ${typeName(value)}`);
      value.forEach((v, i) => validateValue(t.items, v, `${path}.${i}`, out));
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) return fail(`expected a map, got ${typeName(value)}`);
      for (const [k, v] of Object.entries(value)) validateValue(t.values, v, `${path}.${k}`, out);
      return;
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail(`expected an object, got ${typeName(value)}`);
      for (const [k, v] of Object.entries(value)) {
        const f = t.fields[k];
        if (!f) fail(`unknown field '${k}' (known: ${Object.keys(t.fields).join(', ')})`);
        else validateValue(f.type, v, `${path}.${k}`, out);
      }
      return;
    }
  }
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}
