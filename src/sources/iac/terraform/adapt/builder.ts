import type { Evidence, JsonValue, Location, Resource, SourceIssue } from '../../../../core/index.js';
import { unknownMarker, unresolvedCause } from '../../../../core/index.js';
import type { Range } from '../hcl/ast.js';
import type { PositionTree, TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { Ref, Unknown, hasToken, isObject, tokenExpression } from '../eval/values.js';

export type Path = readonly (string | number)[];

/** Converts an evaluated value to model JSON; unknown parts become unknown markers naming the expression. */
export function toJson(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined) return undefined;
  if (v instanceof Unknown) return unknownMarker(unresolvedCause(v.expression, v.reason)) as unknown as JsonValue;
  if (v instanceof Ref) return unknownMarker(unresolvedCause(v.expression, 'known only after apply')) as unknown as JsonValue;
  if (typeof v === 'string' && hasToken(v)) return unknownMarker(unresolvedCause(tokenExpression(v) ?? v, 'part of the value is known only after apply')) as unknown as JsonValue;
  if (Array.isArray(v)) return v.map((x) => toJson(x) ?? null);
  if (isObject(v)) {
    const out: Record<string, JsonValue> = {};
    for (const k of Object.keys(v)) {
      const j = toJson(v[k]);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return v;
}

/** Parses a JSON policy document written as a string (jsonencode, heredoc); keeps unknown parts as markers. */
export function policyJson(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return v ?? undefined;
  if (typeof v !== 'string') return toJson(v);
  if (hasToken(v)) {
    try {
      // A heredoc policy holds raw tokens (NUL is not allowed in JSON text); jsonencode output holds escaped ones.
      return toJson(restoreTokens(JSON.parse(v.replaceAll('\u0000', '\\u0000')) as JsonValue));
    } catch {
      return toJson(v);
    }
  }
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return unknownMarker({ kind: 'unresolved', expression: v.slice(0, 80), message: 'the policy is not valid JSON' }) as unknown as JsonValue;
  }
}

function restoreTokens(v: JsonValue): TfValue {
  if (typeof v === 'string') return hasToken(v) ? new Unknown(tokenExpression(v) ?? v, 'known only after apply') : v;
  if (Array.isArray(v)) return v.map(restoreTokens);
  if (v && typeof v === 'object') {
    const out: Record<string, TfValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = restoreTokens(x);
    return out;
  }
  return v;
}

/** Reads a path in an instance's configuration: nested blocks are lists, so `['versioning', 0, 'enabled']`. */
export function valueAt(inst: TfInstance, path: Path): TfValue | undefined {
  let cur: TfValue | undefined = inst.config;
  for (const seg of path) {
    if (cur instanceof Unknown || cur instanceof Ref) return cur;
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isObject(cur) ? cur[seg] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

export function rangeAt(tree: PositionTree, path: Path): { file: string; range: Range } | undefined {
  let node: PositionTree | undefined = tree;
  let best: Range = tree.range;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (!node || typeof seg !== 'string') break;
    if (node.attrs[seg]) return { file: node.file.display, range: node.attrs[seg] };
    const blocks: PositionTree[] | undefined = node.blocks[seg];
    if (!blocks) break;
    const next = path[i + 1];
    node = typeof next === 'number' ? blocks[next] : blocks[0];
    if (typeof next === 'number') i++;
    if (node) best = node.range;
  }
  return { file: tree.file.display, range: best };
}

function loc(file: string, range: Range): Location {
  return { file, line: range.start.line, endLine: range.end.line };
}

/** Builds one model resource from a primary instance; joined instances add attributes and lines. */
export class ResourceDraft {
  readonly attributes: Record<string, Evidence> = {};
  readonly attributeLines: Record<string, Location> = {};
  readonly relationships: { kind: string; target: string }[] = [];
  tags: Record<string, string> = {};
  constructor(
    readonly inst: TfInstance,
    readonly type: string,
    readonly name: string,
  ) {}

  get(path: Path): TfValue | undefined {
    return valueAt(this.inst, path);
  }

  set(attr: string, value: JsonValue | undefined, from?: { inst: TfInstance; path: Path }): void {
    if (value === undefined) return;
    this.attributes[attr] = { state: 'known', value };
    if (from) this.line(attr, from.inst, from.path);
  }

  /** Records the line of a model path from the instance path that set it (only when written). */
  line(modelPath: string, inst: TfInstance, path: Path): void {
    if (valueAt(inst, path) === undefined && path.length > 0) {
      // Not written: point at the nearest written parent (e.g. the block) so findings land nearby.
      const parent = rangeAt(inst.positions, path);
      if (parent && inst !== this.inst) this.attributeLines[modelPath] = loc(parent.file, parent.range);
      return;
    }
    const r = rangeAt(inst.positions, path);
    if (r) this.attributeLines[modelPath] = loc(r.file, r.range);
  }

  uid(scanRoot: string): string {
    return `terraform:${scanRoot}#${this.inst.address}`;
  }

  build(scanRoot: string): Resource {
    const tags = this.inst.config.tags;
    if (isObject(tags)) {
      // Keys then values: no [key, value] array made per tag.
      for (const k of Object.keys(tags)) {
        const v = tags[k];
        if (typeof v === 'string' && !hasToken(v)) this.tags[k] = v;
      }
    }
    const r: Resource = {
      uid: this.uid(scanRoot),
      provider: 'aws',
      type: this.type,
      name: this.name,
      tags: tags instanceof Unknown || tags instanceof Ref ? unknownMarker(unresolvedCause(tags.expression, 'tags are unknown')) : this.tags,
      attributes: this.attributes,
      provenance: {
        kind: 'iac',
        source: 'terraform',
        address: this.inst.address,
        location: loc(this.inst.file.display, this.inst.positions.range),
        attributeLines: this.attributeLines,
      },
    };
    if (this.relationships.length) r.relationships = this.relationships;
    return r;
  }
}

export interface AdaptContext {
  issues: SourceIssue[];
  /** The literal name of the resource a value refers to (a Ref to a bucket whose `bucket` is written), if known. */
  nameOf(v: TfValue | undefined): string | undefined;
  /** The model uid of the resource a Ref points to, if this scan built it. */
  uidOf(v: TfValue | undefined): string | undefined;
  /** Finds the draft a joined resource refers to, by reference or by literal name. */
  target(type: string, ref: TfValue | undefined, inst: TfInstance, nameAttr?: string): ResourceDraft | undefined;
  drafts: ResourceDraft[];
  /** Every evaluated instance of the scan, for adapters that gather resources that do not refer to them. */
  instances: readonly TfInstance[];
}

export function str(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return toJson(v);
}

export function bool(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (v === 'true' || v === 'false') return v === 'true';
  return toJson(v);
}

export function num(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return toJson(v);
}

/** Drops undefined fields. */
export function compact(o: Record<string, JsonValue | undefined>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
