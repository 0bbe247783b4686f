import type { Evidence, UnknownCause } from './evidence.js';
import { UnknownEvidenceError, isUnknownMarker } from './evidence.js';
import type { JsonValue } from './json.js';
import { isJsonObject } from './json.js';
import type { Location, Resource, ResourceTypeDef } from './resource.js';
import type { AttrField, AttrType } from './schema.js';

/** What a rule or policy learnt from one read: kept on the finding as evidence. */
export interface EvidenceRecord {
  path: string;
  state: 'known' | 'absent' | 'unknown';
  value?: JsonValue;
  /** True when the value is the provider default because nothing was set. */
  isDefault?: boolean;
  defaultNote?: string;
  cause?: UnknownCause;
  location?: Location;
}

/** Where reads put their evidence records: an array, or the engine's recorder. */
export interface EvidenceSink {
  push(record: EvidenceRecord): unknown;
}

export interface ReadResult {
  value: JsonValue | undefined;
  isDefault: boolean;
  location: Location | undefined;
}

const NOT_COLLECTED = (path: string): UnknownCause => ({
  kind: 'not-collected',
  message: `attribute '${path}' was not collected for this resource`,
});

/** The top-level evidence for an attribute, applying the live/IaC rule for missing entries. */
export function topEvidence(resource: Resource, name: string): Evidence {
  const ev = resource.attributes[name];
  if (ev) return ev;
  return resource.provenance.kind === 'live' ? { state: 'unknown', cause: NOT_COLLECTED(name) } : { state: 'absent' };
}

/** A dotted path cut once: its segments and its prefixes, longest first. */
interface PathParts {
  segs: readonly string[];
  /** `a.b.c`, `a.b`, `a`: where locationOf looks for a line. */
  prefixes: readonly string[];
}

// Rules read the same few hundred paths on every resource: cutting each path once saves a split
// and a run of slices per read. Bounded, since policies may build paths from data.
const PATH_CACHE_MAX = 10_000;
const pathCache = new Map<string, PathParts>();

function partsOf(path: string): PathParts {
  let parts = pathCache.get(path);
  if (parts) return parts;
  const prefixes = [path];
  for (let dot = path.lastIndexOf('.'); dot >= 0; dot = path.lastIndexOf('.', dot - 1)) {
    prefixes.push(path.slice(0, dot));
    if (dot === 0) break;
  }
  parts = { segs: path.split('.'), prefixes };
  if (pathCache.size >= PATH_CACHE_MAX) pathCache.clear();
  pathCache.set(path, parts);
  return parts;
}

function locationIn(resource: Resource, parts: PathParts): Location | undefined {
  const lines = resource.provenance.attributeLines;
  if (lines) {
    for (const p of parts.prefixes) {
      const hit = lines[p];
      if (hit) return hit;
    }
  }
  return resource.provenance.location;
}

/** Line of the attribute at `path`, or of its nearest parent, or of the resource. */
export function locationOf(resource: Resource, path: string): Location | undefined {
  // A finding's path is most often the one its rule read last (or the read that threw).
  if (resource === lastReadOf && path === lastReadPath) return lastLocation;
  return locationIn(resource, partsOf(path));
}

// What the last read learnt besides its value. The hot readers (every ctx.get of every rule) return
// the bare value and leave these here, instead of allocating a result object per read.
let lastIsDefault = false;
let lastLocation: Location | undefined;
/** The resource and path lastLocation belongs to. */
let lastReadOf: Resource | undefined;
let lastReadPath: string | undefined;
let lastNote: string | undefined;

/** The default at `segs[from..]` below `field`; its note is left in lastNote. */
function defaultAt(field: AttrField | undefined, segs: readonly string[], from: number): JsonValue | undefined {
  let f = field;
  let value: JsonValue | undefined = f?.default;
  let note = f?.defaultNote;
  lastNote = undefined;
  for (let i = from; i < segs.length; i++) {
    const seg = segs[i] as string;
    if (value !== undefined && value !== null && isJsonObject(value) && seg in value) {
      value = value[seg];
      continue;
    }
    if (Array.isArray(value) && isIndex(seg)) {
      value = value[Number(seg)];
      continue;
    }
    if (!f || f.type.kind !== 'object') return undefined;
    f = f.type.fields[seg];
    value = f?.default;
    note = f?.defaultNote ?? note;
  }
  lastNote = note;
  return value;
}

/** `/^\d+$/` without the regex: path segments are read millions of times. */
function isIndex(seg: string): boolean {
  if (seg.length === 0) return false;
  for (let i = 0; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Evidence records are built as whole literals, one per shape, so each is a single compact object
// (properties added one by one after creation spill into a separate backing store). Key order is
// the order reports print them.

/** The evidence of a read that fell back to a default. */
function absentRecord(path: string, value: JsonValue | undefined, note: string | undefined, location: Location | undefined): EvidenceRecord {
  if (value === undefined) {
    if (note) return location ? { path, state: 'absent', isDefault: true, defaultNote: note, location } : { path, state: 'absent', isDefault: true, defaultNote: note };
    return location ? { path, state: 'absent', isDefault: true, location } : { path, state: 'absent', isDefault: true };
  }
  if (note) return location ? { path, state: 'absent', isDefault: true, value, defaultNote: note, location } : { path, state: 'absent', isDefault: true, value, defaultNote: note };
  return location ? { path, state: 'absent', isDefault: true, value, location } : { path, state: 'absent', isDefault: true, value };
}

function unknownRecord(path: string, cause: UnknownCause, location: Location | undefined): EvidenceRecord {
  return location ? { path, state: 'unknown', cause, location } : { path, state: 'unknown', cause };
}

function knownRecord(path: string, value: JsonValue | undefined, location: Location | undefined): EvidenceRecord {
  if (value === undefined) return location ? { path, state: 'known', location } : { path, state: 'known' };
  return location ? { path, state: 'known', value, location } : { path, state: 'known', value };
}

/** The schema of the items of a list or values of a map, as a field: no default, like any element. */
const elementFields = new WeakMap<AttrType, AttrField>();
function elementField(type: AttrType): AttrField {
  let f = elementFields.get(type);
  if (!f) elementFields.set(type, (f = { type, description: '' }));
  return f;
}

/** readPath without the result object: the value, with isDefault and location left in lastIsDefault / lastLocation. */
function readInto(resource: Resource, path: string, typeDef: ResourceTypeDef | undefined, record: EvidenceSink | undefined): JsonValue | undefined {
  const parts = partsOf(path);
  const segs = parts.segs;
  const top = segs[0] as string;
  const ev = topEvidence(resource, top);
  const location = locationIn(resource, parts);
  lastLocation = location;
  lastReadOf = resource;
  lastReadPath = path;
  const topField = typeDef?.attributes[top];
  if (ev.state === 'unknown') {
    record?.push(unknownRecord(path, ev.cause, location));
    throw new UnknownEvidenceError(path, ev.cause);
  }
  if (ev.state === 'absent') {
    const value = defaultAt(topField, segs, 1);
    record?.push(absentRecord(path, value, lastNote, location));
    lastIsDefault = true;
    return value;
  }
  let cur: JsonValue | undefined = ev.value;
  let field: AttrField | undefined = topField;
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i] as string;
    if (isUnknownMarker(cur)) break;
    if (cur === null || cur === undefined) {
      // The parent is known to be unset: fall back to the default of the rest of the path.
      const value = defaultAt(field, segs, i);
      record?.push(absentRecord(path, value, lastNote, location));
      lastIsDefault = true;
      return value;
    }
    const type = field?.type;
    field = type === undefined ? undefined : type.kind === 'object' ? type.fields[seg] : type.kind === 'list' ? elementField(type.items) : type.kind === 'map' ? elementField(type.values) : undefined;
    if (Array.isArray(cur)) cur = isIndex(seg) ? cur[Number(seg)] : undefined;
    else if (isJsonObject(cur)) {
      if (!(seg in cur) && field && field.default !== undefined) {
        record?.push(absentRecord(path, field.default, field.defaultNote, location));
        lastIsDefault = true;
        return field.default;
      }
      cur = cur[seg];
    } else cur = undefined;
  }
  if (isUnknownMarker(cur)) {
    record?.push(unknownRecord(path, cur.$unknown, location));
    throw new UnknownEvidenceError(path, cur.$unknown);
  }
  record?.push(knownRecord(path, cur, location));
  lastIsDefault = false;
  return cur;
}

/**
 * Reads a dotted path (`publicAccessBlock.blockPublicAcls`, `ingress.0.peer`) with three-state
 * semantics. Throws UnknownEvidenceError on unknown evidence anywhere along the path. Absent values
 * resolve to the provider default from the resource type definition.
 */
export function readPath(resource: Resource, path: string, typeDef: ResourceTypeDef | undefined, record?: EvidenceSink): ReadResult {
  const value = readInto(resource, path, typeDef, record);
  return { value, isDefault: lastIsDefault, location: lastLocation };
}

/** `readPath(...).value`, for the readers rules call on every resource: no result object. */
export function readValue(resource: Resource, path: string, typeDef: ResourceTypeDef | undefined, record?: EvidenceSink): JsonValue | undefined {
  return readInto(resource, path, typeDef, record);
}

/** True when `readPath` would find a value that is set and not a default. Unknown still throws. */
export function readIsSet(resource: Resource, path: string, typeDef: ResourceTypeDef | undefined, record?: EvidenceSink): boolean {
  const value = readInto(resource, path, typeDef, record);
  return !lastIsDefault && value !== undefined && value !== null;
}

/**
 * Finds the first unknown marker inside a value, for rules that walk a whole list or document:
 * they must not judge a value that is only partly known.
 */
export function firstUnknownIn(value: unknown): UnknownCause | undefined {
  if (isUnknownMarker(value)) return value.$unknown;
  if (Array.isArray(value)) {
    for (const v of value) {
      const c = firstUnknownIn(v);
      if (c) return c;
    }
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const c = firstUnknownIn(v);
      if (c) return c;
    }
  }
  return undefined;
}
