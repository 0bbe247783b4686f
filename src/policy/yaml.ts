import { LineCounter, isNode, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { ParapetError } from '../core/index.js';
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

/**
 * Estimates the nesting depth of YAML or JSON text without parsing it: flow brackets outside
 * quoted strings and comments, plus block indentation levels and `- - -` / `? ? ?` prefixes. Quotes
 * are tracked within a line only, so a string spanning lines can only make it over-count. Over-
 * counting matters only for files far past any real policy; under-counting would let the parser
 * recurse past its stack, so every doubt errs upward.
 */
export function estimateNestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let blockScalarIndent = -1;
  for (const line of text.split(/\r?\n/)) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (blockScalarIndent >= 0) {
      if (body === '' || indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    if (body === '' || body.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    // `- - x` and `? ? x` open one collection per indicator on a single line.
    const dashes = /^([-?:]\s+)+/.exec(body)?.[0].replace(/\s+/g, '').length ?? 0;
    let quote: string | undefined;
    let lineMax = flow;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      // A quote opens a string only where a value can start (`don't` is a plain word).
      if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1] ?? ''))) quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
      else if (c === '[' || c === '{') lineMax = Math.max(lineMax, ++flow);
      else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
    }
    max = Math.max(max, indents.length + dashes + lineMax);
    if (flow === 0 && !quote && /(^|[:-]\s+)[|>][-+0-9]*\s*(#.*)?$/.test(body)) blockScalarIndent = indent;
  }
  return max;
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
