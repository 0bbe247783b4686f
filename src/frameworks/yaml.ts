import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { ParapetError } from '../core/index.js';
import { scanNestingDepth } from '../core/index.js';
import type { SourcePosition } from '../core/index.js';

/** The yaml parser recurses once per nesting level and can exhaust the stack; real files need about 5. */
export const MAX_FRAMEWORK_DEPTH = 64;
/** The largest built-in (PCI DSS) is well under 1 MB; anything far bigger is a mistake. */
export const MAX_FRAMEWORK_BYTES = 8_000_000;
export const MAX_ALIAS_COUNT = 100;

export type FieldPath = readonly (string | number)[];

/** `controls[3].rules[0]` for `['controls', 3, 'rules', 0]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** Upper bound of the nesting depth and the line where it peaks, from the shared pre-scan in core. */
export function estimateNestingDepth(text: string): { depth: number; line: number } {
  return scanNestingDepth(text);
}

/** A parsed YAML file with a way back from a field path to its line. */
export interface ParsedYaml {
  value: unknown;
  /** Position of the node at `path`, or of its nearest existing parent. */
  positionOf(path: FieldPath): SourcePosition;
  /** Position of the key (not the value) at `path`, for unknown-key errors. */
  keyPositionOf(path: FieldPath): SourcePosition;
}

function finder(doc: Document, file: string, lc: LineCounter) {
  const at = (offset: number, field: string): SourcePosition => {
    const { line, col } = lc.linePos(offset);
    return { file, line, column: col, ...(field ? { field } : {}) };
  };
  const positionOf = (path: FieldPath): SourcePosition => {
    const field = formatFieldPath(path);
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return at(node.range[0], field);
    }
    return { file, ...(field ? { field } : {}) };
  };
  const keyPositionOf = (path: FieldPath): SourcePosition => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const key = path[path.length - 1];
    if (isMap(parent)) {
      for (const item of parent.items) {
        if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) return at(item.key.range[0], formatFieldPath(path));
      }
    }
    return positionOf(path);
  };
  return { positionOf, keyPositionOf };
}

/** Parses one YAML document; syntax errors, oversized or too deep input raise FRAMEWORK_INVALID with a line. */
export function parseYaml(text: string, file: string): ParsedYaml {
  if (text.length > MAX_FRAMEWORK_BYTES) {
    throw new ParapetError('FRAMEWORK_INVALID', `file is larger than ${MAX_FRAMEWORK_BYTES} bytes`, { position: { file } });
  }
  const { depth, line } = estimateNestingDepth(text);
  if (depth > MAX_FRAMEWORK_DEPTH) {
    throw new ParapetError('FRAMEWORK_INVALID', `file is nested about ${depth} levels deep; at most ${MAX_FRAMEWORK_DEPTH} are allowed`, {
      position: { file, line },
      hint: 'a framework file needs about five levels; look for runaway brackets or indentation',
    });
  }
  const lc = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (err) {
    throw new ParapetError('FRAMEWORK_INVALID', `cannot parse file: ${(err as Error).message}`, { position: { file }, cause: err });
  }
  const first = doc.errors[0];
  if (first) {
    const { line: l, col } = lc.linePos(first.pos[0]);
    const msg = first.message.split('\n')[0] ?? first.message;
    throw new ParapetError('FRAMEWORK_INVALID', `YAML syntax error: ${msg}`, { position: { file, line: l, column: col }, hint: 'fix the YAML syntax at that line' });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new ParapetError('FRAMEWORK_INVALID', `cannot read file: ${(err as Error).message}`, { position: { file }, cause: err });
  }
  return { value, ...finder(doc, file, lc) };
}
