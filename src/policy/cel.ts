import { Environment } from '@marcbachmann/cel-js';
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import { UnknownEvidenceError, firstUnknownIn, isUnknownMarker } from '../core/index.js';
import type { AttrField, AttrType, JsonValue, Resource, ResourceTypeDef, RuleContext } from '../core/index.js';

/**
 * CEL for custom policies. One typed environment per resource type, built from the type's
 * descriptor, so a condition is type-checked at load time. At evaluation time only the attribute
 * paths a condition names are read, through `ctx.get`: defaults apply, every read becomes evidence
 * on the finding, and an unknown value raises UnknownEvidenceError (ERROR, never PASS).
 */

/** Longest CEL expression accepted; policies are short, this stops pathological input early. */
export const MAX_CEL_LENGTH = 4000;

/** The variables every condition can use. */
export const CEL_VARIABLES = ['resource', 'tags', 'name', 'account', 'region'] as const;

type SchemaEntry = string | { [field: string]: SchemaEntry };

/** A field is nullable in CEL when nothing fills it in: no provider default, or a null default. */
function hasValueDefault(f: AttrField): boolean {
  return f.default !== undefined && f.default !== null;
}

function scalarCelType(t: AttrType): string | undefined {
  switch (t.kind) {
    case 'bool':
      return 'bool';
    case 'int':
      return 'int';
    case 'number':
      return 'double';
    case 'string':
    case 'timestamp':
      return 'string';
    default:
      return undefined;
  }
}

function schemaFor(f: AttrField): SchemaEntry {
  const t = f.type;
  if (t.kind === 'object') return objectSchema(t.fields);
  if (t.kind === 'list') return `list<${scalarCelType(t.items) ?? 'dyn'}>`;
  if (t.kind === 'map') return `map<string, ${scalarCelType(t.values) ?? 'dyn'}>`;
  if (t.kind === 'json') return 'dyn';
  // Scalars with no default may be null: `dyn` lets a condition compare them with null.
  return hasValueDefault(f) ? (scalarCelType(t) ?? 'dyn') : 'dyn';
}

function objectSchema(fields: Readonly<Record<string, AttrField>>): Record<string, SchemaEntry> {
  const out: Record<string, SchemaEntry> = {};
  for (const [k, f] of Object.entries(fields)) out[k] = schemaFor(f);
  return out;
}

const environments = new WeakMap<ResourceTypeDef, Environment>();

/** The typed CEL environment for one resource type (built once, then reused). */
export function environmentFor(typeDef: ResourceTypeDef): Environment {
  let env = environments.get(typeDef);
  if (!env) {
    env = new Environment({ unlistedVariablesAreDyn: false, limits: { maxAstNodes: 2000, maxDepth: 64 } })
      .registerVariable({ name: 'resource', schema: objectSchema(typeDef.attributes) } as never)
      .registerVariable('tags', 'map<string, string>')
      .registerVariable('name', 'string')
      .registerVariable('account', 'string')
      .registerVariable('region', 'string');
    environments.set(typeDef, env);
  }
  return env;
}

/** A load-time problem in one expression; `offset` is the character where it starts, if known. */
export interface CelProblem {
  message: string;
  offset?: number;
}

export interface CompiledCel {
  source: string;
  program: ParseResult;
  /** Dotted attribute paths the expression reads, deepest object level only, no duplicates. */
  paths: string[];
  usesTags: boolean;
}

function childNodes(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && 'op' in v) out.push(v as ASTNode);
  };
  visit(node.args);
  return out;
}

/** `resource.a.b` or `resource["a"].b` as its segments, or undefined when not such a chain. */
function resourceChain(node: ASTNode): { segs: string[]; start: number } | undefined {
  const segs: string[] = [];
  let n: ASTNode = node;
  for (;;) {
    if (n.op === '.' || n.op === '.?') {
      segs.unshift(n.args[1]);
      n = n.args[0];
    } else if ((n.op === '[]' || n.op === '[?]') && n.args[1].op === 'value' && typeof n.args[1].args === 'string') {
      segs.unshift(n.args[1].args);
      n = n.args[0];
    } else break;
  }
  if (n.op === 'id' && n.args === 'resource' && segs.length) return { segs, start: node.start };
  return undefined;
}

/**
 * Finds the attribute paths an expression reads and checks each against the descriptor. Paths stop
 * at lists, maps and free-form JSON: a condition that walks a list reads the whole list.
 */
export function attributePaths(ast: ASTNode, typeDef: ResourceTypeDef): { paths: string[]; usesTags: boolean; problems: CelProblem[] } {
  const paths = new Set<string>();
  const problems: CelProblem[] = [];
  let usesTags = false;
  const walk = (node: ASTNode): void => {
    const chain = resourceChain(node);
    if (chain) {
      const read = resolveChain(chain.segs, typeDef);
      if ('problem' in read) problems.push({ message: read.problem, offset: chain.start });
      else paths.add(read.path);
      // Index expressions inside the chain (`resource.x[y]`) are not part of it: walk them too.
      return;
    }
    if (node.op === 'id' && node.args === 'tags') usesTags = true;
    for (const c of childNodes(node)) walk(c);
  };
  walk(ast);
  return { paths: minimalPaths([...paths]), usesTags, problems };
}

function resolveChain(segs: readonly string[], typeDef: ResourceTypeDef): { path: string } | { problem: string } {
  let fields: Readonly<Record<string, AttrField>> | undefined = typeDef.attributes;
  const taken: string[] = [];
  for (const seg of segs) {
    if (!fields) break;
    const f: AttrField | undefined = fields[seg];
    if (!f) {
      const where = taken.length ? `'${taken.join('.')}'` : typeDef.type;
      return { problem: `unknown attribute '${[...taken, seg].join('.')}': ${where} has ${Object.keys(fields).sort().join(', ')}` };
    }
    taken.push(seg);
    fields = f.type.kind === 'object' ? f.type.fields : undefined;
  }
  return { path: taken.join('.') };
}

/** Drops paths whose parent is also read (the parent's value holds them), keeping first-seen order. */
function minimalPaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((p) => !unique.some((k) => p.startsWith(`${k}.`)));
}

/**
 * Parses, resolves and type-checks one boolean expression for a resource type. Returns the
 * problems instead of throwing so the loader can report every one with its position.
 */
export function compileCel(source: string, typeDef: ResourceTypeDef): CompiledCel | { problems: CelProblem[] } {
  if (source.length > MAX_CEL_LENGTH) return { problems: [{ message: `expression is longer than ${MAX_CEL_LENGTH} characters` }] };
  const env = environmentFor(typeDef);
  let program: ParseResult;
  try {
    program = env.parse(source);
  } catch (err) {
    return { problems: [celErrorProblem(err)] };
  }
  const found = attributePaths(program.ast, typeDef);
  if (found.problems.length) return { problems: found.problems };
  const checked = env.check(source);
  if (!checked.valid) return { problems: [celErrorProblem(checked.error)] };
  const type = String(checked.type);
  if (type !== 'bool' && type !== 'dyn') return { problems: [{ message: `expression gives a ${type}, a condition must give a bool` }] };
  return { source, program, paths: found.paths, usesTags: found.usesTags };
}

function celErrorProblem(err: unknown): CelProblem {
  const e = err as { message?: string; range?: { start: number }; node?: { start?: number } } | undefined;
  const first = (e?.message ?? String(err)).split('\n')[0] ?? 'invalid expression';
  const offset = e?.range?.start ?? e?.node?.start;
  return offset === undefined ? { message: first } : { message: first, offset };
}

/** Converts a model value to what the typed environment expects, applying nested defaults. */
function toCel(f: AttrField | undefined, value: JsonValue | undefined): unknown {
  if (!f) return value ?? null;
  const t = f.type;
  if (value === undefined || value === null) {
    if (hasValueDefault(f)) return toCel({ ...f, default: undefined }, f.default);
    // Unset objects read as their fields' defaults, unset lists and maps as empty.
    if (t.kind === 'object') return toCel(f, {});
    if (t.kind === 'list') return [];
    if (t.kind === 'map') return {};
    return null;
  }
  switch (t.kind) {
    case 'int':
      return typeof value === 'number' ? BigInt(Math.trunc(value)) : value;
    case 'list':
      return Array.isArray(value) ? value.map((v) => toCel({ type: t.items, description: '' }, v)) : value;
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = toCel({ type: t.values, description: '' }, v);
      return out;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, sub] of Object.entries(t.fields)) out[k] = toCel(sub, value[k]);
      return out;
    }
    default:
      return value;
  }
}

function fieldOf(typeDef: ResourceTypeDef, path: string): AttrField | undefined {
  let fields: Readonly<Record<string, AttrField>> | undefined = typeDef.attributes;
  let f: AttrField | undefined;
  for (const seg of path.split('.')) {
    f = fields?.[seg];
    fields = f?.type.kind === 'object' ? f.type.fields : undefined;
  }
  return f;
}

/**
 * Reads every path the expressions need (each once, through ctx.get so it is recorded) and builds
 * the CEL activation. All reads happen before any unknown is raised, so the finding lists every
 * piece of evidence, then the first unknown value makes the result ERROR.
 */
export function buildActivation(ctx: RuleContext, typeDef: ResourceTypeDef, exprs: readonly CompiledCel[]): Record<string, unknown> {
  const paths = minimalPaths(exprs.flatMap((e) => e.paths));
  const resource: Record<string, unknown> = {};
  let firstUnknown: UnknownEvidenceError | undefined;
  for (const path of paths) {
    let value: JsonValue | undefined;
    try {
      value = ctx.get(path);
    } catch (err) {
      if (err instanceof UnknownEvidenceError) {
        firstUnknown ??= err;
        continue;
      }
      throw err;
    }
    const nested = firstUnknownIn(value);
    if (nested) {
      firstUnknown ??= new UnknownEvidenceError(path, nested);
      continue;
    }
    setPath(resource, path.split('.'), toCel(fieldOf(typeDef, path), value));
  }
  const r = ctx.resource;
  if (exprs.some((e) => e.usesTags) && isUnknownMarker(r.tags)) firstUnknown ??= new UnknownEvidenceError('tags', r.tags.$unknown);
  if (firstUnknown) throw firstUnknown;
  return { resource, tags: tagsOf(r), name: r.name, account: r.account ?? '', region: r.region ?? '' };
}

function tagsOf(r: Resource): Record<string, string> {
  return isUnknownMarker(r.tags) ? {} : r.tags;
}

function setPath(target: Record<string, unknown>, segs: readonly string[], value: unknown): void {
  let cur = target;
  for (const seg of segs.slice(0, -1)) {
    const next = cur[seg];
    if (next && typeof next === 'object') cur = next as Record<string, unknown>;
    else cur = cur[seg] = {};
  }
  cur[segs[segs.length - 1] as string] = value;
}

/** Runs a compiled condition; anything but a boolean result is a policy bug, reported as ERROR. */
export function evaluateCel(expr: CompiledCel, activation: Record<string, unknown>): boolean {
  let result: unknown;
  try {
    result = expr.program(activation);
  } catch (err) {
    throw new Error(`CEL expression \`${expr.source}\` could not be evaluated: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  if (typeof result !== 'boolean') throw new Error(`CEL expression \`${expr.source}\` gave ${String(result)}, not a bool`);
  return result;
}
