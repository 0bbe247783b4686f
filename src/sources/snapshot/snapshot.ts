import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Resource, ResourceTypeRegistry, SourceIssue } from '../../core/index.js';
import { ParapetError, ValidationErrors, validateValue } from '../../core/index.js';
import { lineOfOffset, lineOfPath } from './json-position.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export interface Snapshot {
  schemaVersion: 1;
  generatedAt?: string;
  source?: { kind?: string; description?: string; accounts?: string[]; regions?: string[]; tool?: string };
  resources: Resource[];
  issues?: SourceIssue[];
}

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schemaPath = fileURLToPath(new URL('../../../schemas/snapshot.schema.json', import.meta.url));
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: false, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

const MAX_PROBLEMS = 20;

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeAjvError(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `unexpected property '${String((e.params as { additionalProperty: string }).additionalProperty)}'`;
  if (e.keyword === 'required') return `missing required property '${String((e.params as { missingProperty: string }).missingProperty)}'`;
  if (e.keyword === 'enum') return `${e.message ?? 'invalid value'}: ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`;
  return e.message ?? 'invalid value';
}

/**
 * Parses and validates a snapshot: JSON syntax, the published schema, then every known attribute
 * against its resource type's descriptor. Errors name the file, the line and the field.
 */
export function parseSnapshot(text: string, file: string, types: ResourceTypeRegistry): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineOfOffset(text, Number(pos[1])) : undefined;
    throw new ParapetError('SNAPSHOT_INVALID', `not valid JSON: ${msg}`, {
      position: line === undefined ? { file } : { file, line },
      hint: 'fix the JSON syntax, or re-create the file with `parapet scan ... --save-snapshot FILE`',
    });
  }
  const validate = schemaValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => {
      const path = pointerToPath(e.instancePath);
      const line = lineOfPath(text, path);
      const field = path.length ? path.join('.') : '(top level)';
      return new ParapetError('SNAPSHOT_INVALID', describeAjvError(e), { position: line === undefined ? { file, field } : { file, line, field } });
    });
    throw new ValidationErrors('SNAPSHOT_INVALID', `${file}: not a valid Parapet snapshot`, problems, 'compare the file with schemas/snapshot.schema.json (see docs/snapshots.md)');
  }
  const snap = data as Snapshot;
  const problems: ParapetError[] = [];
  const seen = new Set<string>();
  snap.resources.forEach((r, i) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const at = (field: string, message: string) => {
      const path = ['resources', i, ...field.split('.').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s))];
      const line = lineOfPath(text, path);
      const fieldName = `resources[${i}].${field}`;
      problems.push(new ParapetError('SNAPSHOT_INVALID', message, { position: line === undefined ? { file, field: fieldName } : { file, line, field: fieldName } }));
    };
    if (seen.has(r.uid)) at('uid', `duplicate resource uid '${r.uid}'`);
    seen.add(r.uid);
    if (r.type.split('.')[0] !== r.provider) at('type', `type '${r.type}' does not belong to provider '${r.provider}'`);
    const def = types.get(r.type);
    if (!def) return; // Types this version does not model are kept and simply not judged.
    for (const [name, ev] of Object.entries(r.attributes)) {
      const field = def.attributes[name];
      if (!field) {
        at(`attributes.${name}`, `'${name}' is not an attribute of ${r.type} (known: ${Object.keys(def.attributes).join(', ')})`);
        continue;
      }
      if (ev.state !== 'known') continue;
      const out: string[] = [];
      validateValue(field.type, ev.value, name, out);
      for (const p of out.slice(0, 3)) {
        const [path = name, ...rest] = p.split(': ');
        at(`attributes.${name}.value${path.slice(name.length)}`, rest.join(': '));
      }
    }
  });
  if (problems.length) {
    throw new ValidationErrors('SNAPSHOT_INVALID', `${file}: the snapshot does not match the resource model`, problems, 'fix the listed fields; `parapet rules list` and docs/snapshots.md describe each resource type');
  }
  return snap;
}

export function readSnapshot(file: string, types: ResourceTypeRegistry): Snapshot {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ParapetError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'USAGE', `cannot read snapshot: ${(err as Error).message}`, {
      position: { file },
      hint: code === 'ENOENT' ? 'check the path given to --snapshot' : 'check the file permissions',
    });
  }
  return parseSnapshot(text, file, types);
}

export function buildSnapshot(resources: readonly Resource[], issues: readonly SourceIssue[], source: Snapshot['source'], now = new Date()): Snapshot {
  const snap: Snapshot = { schemaVersion: 1, generatedAt: now.toISOString(), resources: [...resources], issues: [...issues] };
  if (source) snap.source = source;
  return snap;
}

/** Writes one resource per line inside the array: diffable, and readable by line-oriented tools. */
export function serializeSnapshot(snap: Snapshot): string {
  const { resources, issues, ...head } = snap;
  const headJson = JSON.stringify(head);
  const open = headJson === '{}' ? '{' : `${headJson.slice(0, -1)},`;
  const list = (items: readonly unknown[]) => (items.length ? `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]` : '[]');
  return `${open}\n"resources": ${list(resources)},\n"issues": ${list(issues ?? [])}\n}\n`;
}

export function writeSnapshot(file: string, snap: Snapshot): void {
  try {
    writeFileSync(file, serializeSnapshot(snap));
  } catch (err) {
    throw new ParapetError('USAGE', `cannot write snapshot: ${(err as Error).message}`, { position: { file }, hint: 'check that the directory exists and is writable' });
  }
}
