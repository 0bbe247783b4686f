import { LineCounter, isNode, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { ParapetError } from '../core/index.js';
import { scanNestingDepth } from '../core/index.js';
import type { JsonValue, SourcePosition } from '../core/index.js';

/** Deepest nesting a policy file may have. Real policies stay under 10; the yaml parser recurses per level. */
export const MAX_POLICY_DEPTH = 64;
/** Aliases a policy file may expand; guards against billion-laughs style files. */
export const MAX_ALIAS_COUNT = 50;
/** Policy files are small; a multi-megabyte one is a mistake or an attack. */
export const MAX_POLICY_BYTES = 1_000_000;

export type FieldPath = readonly (string | number)[];

/** `criteria[0].required_controls[3]` for `['criteria', 0, 'required_controls', 3]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** One parsed YAML/JSON document with a way back from a field path to its line. */
export interface PolicyDocument {
  file: string;
  value: JsonValue;
  /** Line and column of the node at `path`, or of its nearest existing parent. */
  positionOf(path: FieldPath): SourcePosition;
}

/** Upper bound of the nesting depth of YAML or JSON text, from the shared pre-scan in core. */
export function estimateNestingDepth(text: string): number {
  return scanNestingDepth(text).depth;
}

function positionFinder(doc: Document, file: string, lc: LineCounter): (path: FieldPath) => SourcePosition {
  return (path) => {
    const field = formatFieldPath(path);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lc.linePos(node.range[0]);
        return { file, line, column: col, ...(field ? { field } : {}) };
      }
    }
    return { file, ...(field ? { field } : {}) };
  };
}

/**
 * Parses a policy file (YAML, or JSON, which is YAML) into documents. Syntax errors, oversized or
 * too deeply nested input and alias bombs come back as POLICY_INVALID errors with file and line.
 */
export function parsePolicyText(text: string, file: string): { documents: PolicyDocument[]; errors: ParapetError[] } {
  if (text.length > MAX_POLICY_BYTES) {
    return { documents: [], errors: [new ParapetError('POLICY_INVALID', `policy file is larger than ${MAX_POLICY_BYTES} bytes`, { position: { file } })] };
  }
  const depth = estimateNestingDepth(text);
  if (depth > MAX_POLICY_DEPTH) {
    return {
      documents: [],
      errors: [
        new ParapetError('POLICY_INVALID', `policy file is nested about ${depth} levels deep; at most ${MAX_POLICY_DEPTH} are allowed`, {
          position: { file },
          hint: 'policies need only a few levels; check the file for runaway brackets or indentation',
        }),
      ],
    };
  }
  const lc = new LineCounter();
  const errors: ParapetError[] = [];
  const documents: PolicyDocument[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true }) as Document.Parsed[];
  } catch (err) {
    return { documents: [], errors: [new ParapetError('POLICY_INVALID', `cannot parse policy file: ${(err as Error).message}`, { position: { file }, cause: err })] };
  }
  if (!Array.isArray(docs)) docs = [docs];
  for (const doc of docs) {
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const { line, col } = lc.linePos(e.pos[0]);
        const msg = e.message.split('\n')[0] ?? e.message;
        errors.push(new ParapetError('POLICY_INVALID', `syntax error: ${msg}`, { position: { file, line, column: col }, hint: 'fix the YAML/JSON syntax at that line' }));
      }
      continue;
    }
    if (doc.contents === null) continue; // empty document, e.g. a trailing `---`
    let value: JsonValue;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as JsonValue;
    } catch (err) {
      const { line, col } = lc.linePos(doc.range[0]);
      errors.push(new ParapetError('POLICY_INVALID', `cannot read policy document: ${(err as Error).message}`, { position: { file, line, column: col } }));
      continue;
    }
    documents.push({ file, value, positionOf: positionFinder(doc, file, lc) });
  }
  return { documents, errors };
}
