import type { Evidence, JsonPrimitive, JsonValue, Location, Relationship, Resource, Tags, UnknownMarker } from '../../../core/index.js';
import { isUnknownMarker } from '../../../core/index.js';
import type { EvaluatedResource, EvaluatedTemplate } from './template.js';
import { cfnUid } from './template.js';
import type { EvalValue } from './values.js';
import { NO_VALUE, ResourceRef, isEvalObject, toModelJson, unresolved } from './values.js';

/** A model value: plain JSON that may hold unknown markers. */
export type ModelValue = JsonPrimitive | UnknownMarker | ModelValue[] | { [key: string]: ModelValue };

/** Reads a dotted property path (`VersioningConfiguration.Status`); an unknown part is returned as is. */
export function propAt(res: EvaluatedResource, path: string): EvalValue | undefined {
  let cur: EvalValue | undefined = res.properties;
  for (const seg of path.split('.')) {
    if (cur === undefined || isUnknownMarker(cur)) return cur;
    if (Array.isArray(cur)) cur = /^\d+$/.test(seg) ? cur[Number(seg)] : undefined;
    else if (isEvalObject(cur)) cur = cur[seg];
    else return undefined;
  }
  return cur === NO_VALUE ? undefined : cur;
}

function expected(v: EvalValue, what: string): UnknownMarker {
  const text = v instanceof ResourceRef ? v.render() : JSON.stringify(toModelJson(v));
  return unresolved(text, `expected ${what}`);
}

/** Boolean, accepting CloudFormation's `"true"` / `"false"` strings. */
export function asBool(v: EvalValue | undefined): boolean | UnknownMarker | undefined {
  if (v === undefined || v === null || v === NO_VALUE) return undefined;
  if (typeof v === 'boolean') return v;
  if (isUnknownMarker(v)) return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return expected(v, 'a boolean');
}

export function asInt(v: EvalValue | undefined): number | UnknownMarker | undefined {
  if (v === undefined || v === null || v === NO_VALUE) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (isUnknownMarker(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return expected(v, 'an integer');
}

/** String; references to other resources keep their `${Name}` form. */
export function asString(v: EvalValue | undefined): string | UnknownMarker | undefined {
  if (v === undefined || v === null || v === NO_VALUE) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof ResourceRef) return v.render();
  if (isUnknownMarker(v)) return v;
  return expected(v, 'a string');
}

export function asList(v: EvalValue | undefined): EvalValue[] | UnknownMarker | undefined {
  if (v === undefined || v === null || v === NO_VALUE) return undefined;
  if (Array.isArray(v)) return v;
  if (isUnknownMarker(v)) return v;
  return expected(v, 'a list');
}

/** True when `v` names the resource `logicalId` (`!Ref X`, `!GetAtt X.Attr`). */
export function refersTo(v: EvalValue | undefined, logicalId: string): boolean {
  return v instanceof ResourceRef && v.logicalId === logicalId;
}

/** Drops undefined fields, so an unset property stays absent in the model. */
export function compact(o: Record<string, ModelValue | undefined>): Record<string, ModelValue> {
  const out: Record<string, ModelValue> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

export interface AdapterContext {
  template: EvaluatedTemplate;
  account?: string;
  region?: string;
  /** Resources of `type` whose property `prop` (or an item of it) refers to `logicalId` (a bucket policy's Bucket). */
  referrers(type: string, prop: string, logicalId: string): EvaluatedResource[];
  /** Resources of one CloudFormation type in the template. */
  ofType(type: string): readonly EvaluatedResource[];
}

/**
 * Builds one model resource from one template resource: attributes as evidence (a top-level
 * unknown marker becomes unknown evidence), and the line of every attribute written.
 */
export class ModelBuilder {
  private readonly attributes: Record<string, Evidence> = {};
  private readonly attributeLines: Record<string, Location> = {};
  private readonly relationships: Relationship[] = [];

  constructor(
    readonly res: EvaluatedResource,
    readonly modelType: string,
  ) {}

  prop(path: string): EvalValue | undefined {
    return propAt(this.res, path);
  }

  /** Location of a property of this resource (or of another resource of the same file). */
  lineOf(cfnPath: string, res: EvaluatedResource = this.res): Location | undefined {
    const line = res.lines.get(cfnPath);
    return line === undefined ? undefined : { file: res.file, line };
  }

  /** Records that model path `modelPath` was written at property `cfnPath`. */
  mapLine(modelPath: string, cfnPath: string, res: EvaluatedResource = this.res): void {
    const loc = this.lineOf(cfnPath, res);
    if (loc) this.attributeLines[modelPath] = loc;
  }

  setLocation(modelPath: string, loc: Location): void {
    this.attributeLines[modelPath] = loc;
  }

  /** Sets a top-level attribute; undefined leaves it absent (the provider default applies). */
  set(attr: string, value: ModelValue | undefined, cfnPath?: string): void {
    if (value === undefined) return;
    // Nested unknown markers are JSON objects too; the core model allows them anywhere.
    this.attributes[attr] = isUnknownMarker(value) ? { state: 'unknown', cause: value.$unknown } : { state: 'known', value: value as JsonValue };
    if (cfnPath) this.mapLine(attr, cfnPath);
  }

  /** Records a relationship when `v` names another resource of the template (`!Ref MyKey`). */
  relate(kind: string, v: EvalValue | undefined): void {
    if (!(v instanceof ResourceRef)) return;
    const target = cfnUid(this.res.file, v.logicalId);
    if (!this.relationships.some((r) => r.kind === kind && r.target === target)) this.relationships.push({ kind, target });
  }

  has(attr: string): boolean {
    return attr in this.attributes;
  }

  build(name: string, ctx: AdapterContext): Resource {
    const res = this.res;
    const provenance: Resource['provenance'] = {
      kind: 'iac',
      source: 'cloudformation',
      location: { file: res.file, line: res.line, endLine: res.endLine },
      address: res.logicalId,
      attributeLines: this.attributeLines,
    };
    const r: Resource = {
      uid: res.uid,
      provider: 'aws',
      type: this.modelType,
      name,
      tags: readTags(res),
      attributes: this.attributes,
      provenance,
    };
    if (this.relationships.length) r.relationships = this.relationships;
    if (ctx.account) r.account = ctx.account;
    if (ctx.region) r.region = ctx.region;
    return r;
  }
}

/** `Tags: [{Key, Value}]` (or SAM's map form); any unresolved key or value makes the tags unknown. */
export function readTags(res: EvaluatedResource): Tags | UnknownMarker {
  const raw = propAt(res, 'Tags');
  if (raw === undefined || raw === null) return {};
  if (isUnknownMarker(raw)) return raw;
  const tags: Tags = {};
  const put = (k: EvalValue | undefined, v: EvalValue | undefined): UnknownMarker | undefined => {
    const key = asString(k);
    const value = asString(v) ?? '';
    if (key === undefined) return undefined;
    if (isUnknownMarker(key)) return key;
    if (isUnknownMarker(value)) return value;
    tags[key] = value;
    return undefined;
  };
  if (Array.isArray(raw)) {
    for (const t of raw) {
      if (!isEvalObject(t)) return unresolved(`${res.logicalId}.Tags`, 'a tag is not a {Key, Value} mapping');
      const bad = put(t.Key, t.Value);
      if (bad) return bad;
    }
  } else if (isEvalObject(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      const bad = put(k, v);
      if (bad) return bad;
    }
  }
  return tags;
}

/** The resource's display name: the physical-name property when it is a known string, else the logical id. */
export function nameOf(res: EvaluatedResource, prop: string): string {
  const v = propAt(res, prop);
  return typeof v === 'string' && v ? v : res.logicalId;
}
