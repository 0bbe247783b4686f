import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { ErrorCode } from '../core/index.js';
import { ParapetError, ValidationErrors } from '../core/index.js';

/** A parsed YAML file that can say on which line a value sits, for error messages. */
export interface YamlSource {
  file: string;
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function readYamlFile(file: string, code: ErrorCode): YamlSource {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ParapetError('FILE_NOT_FOUND', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      hint: 'check the path',
      position: { file },
      cause: e,
    });
  }
  return parseYaml(text, file, code);
}

export function parseYaml(text: string, file: string, code: ErrorCode): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new ParapetError(code, `not valid YAML: ${first.message.split('\n')[0]}`, { position: { file, line }, hint: 'fix the YAML syntax' });
  }
  return { file, data: doc.toJS(), lineOf: (p) => lineOfPath(doc, lineCounter, p) };
}

function lineOfPath(doc: Document, lc: LineCounter, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let range = (node as Node | null)?.range;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      node = pair.value;
      range = (pair.value as Node | null)?.range ?? (pair.key as Node | null)?.range ?? range;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      range = (node as Node | null)?.range ?? range;
    } else break;
  }
  return range ? lc.linePos(range[0]).line : undefined;
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);

export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}

/** `/exceptions/0/expires` -> `exceptions[0].expires`, and the same as a path of keys. */
export function pointerToPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

function describeAjv(e: ErrorObject): { path: (string | number)[]; message: string } {
  const path = pointerToPath(e.instancePath);
  if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return { path: [...path, missing], message: `'${missing}' is required` };
  }
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    return { path: [...path, extra], message: `unknown field '${extra}'` };
  }
  if (e.keyword === 'enum') {
    return { path, message: `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}` };
  }
  return { path, message: e.message ?? 'is not valid' };
}

/** A problem in a YAML file, named by file, line and field. */
export function problemAt(src: YamlSource, code: ErrorCode, path: readonly (string | number)[], message: string, hint?: string): ParapetError {
  const line = src.lineOf(path);
  return new ParapetError(code, message, {
    position: { file: src.file, ...(line !== undefined ? { line } : {}), field: fieldName(path) || '(root)' },
    ...(hint ? { hint } : {}),
  });
}

/** Validates against a JSON Schema; each problem names file, line and field. */
export function schemaProblems(src: YamlSource, validate: ValidateFunction, code: ErrorCode): ParapetError[] {
  if (validate(src.data)) return [];
  const seen = new Set<string>();
  const problems: ParapetError[] = [];
  for (const e of validate.errors ?? []) {
    // oneOf/anyOf repeat their branches' errors; the branch errors are the useful ones.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const { path, message } = describeAjv(e);
    const key = `${fieldName(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problemAt(src, code, path, message));
  }
  return problems;
}

export function throwIfProblems(src: YamlSource, code: ErrorCode, what: string, problems: ParapetError[], hint: string): void {
  if (problems.length === 1 && problems[0]) throw problems[0];
  if (problems.length) throw new ValidationErrors(code, `${src.file}: ${problems.length} problems in the ${what}`, problems, hint);
}
