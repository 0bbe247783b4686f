import type { Document, Tags, Node as YamlNode } from 'yaml';
import { LineCounter, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { SourceIssue } from '../../../core/index.js';
import { scanNestingDepth } from '../../../core/nesting.js';
import { jsonErrorOffset } from './json-check.js';

/**
 * Safe loading of YAML and JSON documents from untrusted repositories, into a small tree that keeps
 * each node's line range and YAML tag. Every problem becomes a SourceIssue with file and line; no
 * input can crash or hang the scan.
 */

export const MAX_NESTING_DEPTH = 64;
/**
 * Alias expansions per document. Templates share tag lists and rule blocks through anchors, so the
 * cap is generous; the node budget below is what stops exponential expansion.
 */
export const MAX_ALIAS_COUNT = 1000;
/** Nodes produced while expanding one document, aliases included: defeats billion-laughs input. */
export const MAX_TREE_NODES = 500_000;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  line: number;
  endLine: number;
  /** Explicit YAML tag such as `!Ref`; undefined for untagged nodes and JSON. */
  tag?: string;
}
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
}
export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: TreeNode[];
}
export interface MapEntry {
  key: string;
  keyLine: number;
  value: TreeNode;
}
export interface MapNode extends NodeBase {
  kind: 'map';
  entries: MapEntry[];
}
export type TreeNode = ScalarNode | SeqNode | MapNode;

export interface LoadOptions {
  /** Read as strict JSON; by default files named `.json`, or starting with `{` and not named `.yaml`/`.yml`. */
  json?: boolean;
  maxDepth?: number;
  /** Longer texts are skipped with an issue (counted in UTF-16 units, a cheap upper bound check). */
  maxBytes?: number;
  maxAliasCount?: number;
  maxNodes?: number;
  /**
   * Local tags the caller understands (`!Ref`, `!If`): read silently on scalars, sequences and
   * mappings. Other local tags are kept on the node too, through a slower path.
   */
  tags?: readonly string[];
}

export interface LoadResult {
  /** Undefined when the document could not be read at all. */
  root: TreeNode | undefined;
  issues: SourceIssue[];
}

export function mapGet(node: TreeNode | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return node.entries.find((e) => e.key === key);
}

class TreeLimitError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Parses one YAML or JSON text. Rejects input nested deeper than `maxDepth` before parsing, caps
 * alias use and the size of the expanded tree, and reports syntax errors with their line.
 */
export function loadYamlTree(text: string, file: string, opts: LoadOptions = {}): LoadResult {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  if (text.length > maxBytes) {
    return { root: undefined, issues: [{ kind: 'skipped', file, message: `file is over the ${maxBytes}-byte limit; skipped` }] };
  }
  // A byte-order mark (Windows editors) is not content; JSON.parse and the JSON check would reject it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const maxDepth = opts.maxDepth ?? MAX_NESTING_DEPTH;
  const depth = scanNestingDepth(text, maxDepth);
  if (depth.depth > maxDepth) {
    return {
      root: undefined,
      issues: [
        {
          kind: 'parse-error',
          file,
          line: depth.line,
          message: `document nests deeper than ${maxDepth} levels (near line ${depth.line}); refusing to parse it`,
        },
      ],
    };
  }
  const json = opts.json ?? (/\.json$/i.test(file) || (/^\s*\{/.test(text) && !/\.ya?ml$/i.test(file)));
  if (json) {
    const offset = jsonErrorOffset(text);
    if (offset !== undefined) {
      const line = text.slice(0, offset).split('\n').length;
      const near = text.slice(offset, offset + 20).split('\n')[0] || 'end of file';
      return { root: undefined, issues: [{ kind: 'parse-error', file, line, message: `JSON syntax error at line ${line} near '${near}'` }] };
    }
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, customTags: customTagsFor(opts.tags) });
  } catch (err) {
    return { root: undefined, issues: [{ kind: 'parse-error', file, message: `could not parse: ${errorMessage(err)}` }] };
  }
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    return {
      root: undefined,
      issues: doc.errors.map((e) => ({ kind: 'parse-error' as const, file, line: lineOf(e.pos[0]), message: `syntax error: ${firstLine(e.message)}` })),
    };
  }
  const issues: SourceIssue[] = doc.warnings
    .filter((w) => w.code !== 'TAG_RESOLVE_FAILED')
    .map((w) => ({ kind: 'warning' as const, file, line: lineOf(w.pos[0]), message: firstLine(w.message) }));
  try {
    const root = doc.contents ? toTree(doc, doc.contents, lineOf, opts) : undefined;
    return { root, issues };
  } catch (err) {
    const line = err instanceof TreeLimitError ? err.line : undefined;
    return { root: undefined, issues: [...issues, { kind: 'parse-error', file, ...(line ? { line } : {}), message: errorMessage(err) }] };
  }
}

function toTree(doc: Document, top: YamlNode, lineOf: (offset: number | undefined) => number, opts: LoadOptions): TreeNode {
  const maxAliases = opts.maxAliasCount ?? MAX_ALIAS_COUNT;
  const maxNodes = opts.maxNodes ?? MAX_TREE_NODES;
  let aliases = 0;
  let nodes = 0;
  const expanding = new Set<YamlNode>();

  const convert = (node: YamlNode | null | undefined, fallbackLine: number, depth: number): TreeNode => {
    if (++nodes > maxNodes) throw new TreeLimitError(`document expands to more than ${maxNodes} nodes (alias bomb?); refusing to read it`, fallbackLine);
    if (depth > 4 * MAX_NESTING_DEPTH) throw new TreeLimitError('document nests too deeply through aliases', fallbackLine);
    if (!node) return { kind: 'scalar', value: null, line: fallbackLine, endLine: fallbackLine };
    const line = node.range ? lineOf(node.range[0]) : fallbackLine;
    const endLine = node.range ? Math.max(line, lineOf(Math.max(node.range[0], node.range[1] - 1))) : line;
    const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
    const withTag = <T extends TreeNode>(n: T): T => (tag ? { ...n, tag } : n);
    if (isAlias(node)) {
      if (++aliases > maxAliases) throw new TreeLimitError(`more than ${maxAliases} aliases; refusing to expand them (alias bomb?)`, line);
      const target = node.resolve(doc);
      if (!target) throw new TreeLimitError(`alias *${node.source} refers to no anchor`, line);
      if (expanding.has(target)) throw new TreeLimitError(`alias *${node.source} refers to itself`, line);
      expanding.add(target);
      try {
        return convert(target, line, depth + 1);
      } finally {
        expanding.delete(target);
      }
    }
    if (isScalar(node)) {
      const v = node.value;
      let value: ScalarValue;
      if (v === null || v === undefined) value = null;
      // Digits with a leading zero (account ids) stay text, as YAML 1.1 and CloudFormation read them.
      else if (typeof v === 'number' && node.type === 'PLAIN' && typeof node.source === 'string' && /^[-+]?0\d+$/.test(node.source)) value = node.source;
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
      else if (typeof v === 'bigint') value = Number(v);
      else value = String(v);
      return withTag({ kind: 'scalar', value, line, endLine });
    }
    if (isSeq(node)) {
      const items = node.items.map((it) => convert(it as YamlNode, line, depth + 1));
      return withTag({ kind: 'seq', items, line, endLine });
    }
    if (isMap(node)) {
      const entries: MapEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const keyLine = keyNode && keyNode.range ? lineOf(keyNode.range[0]) : line;
        const keyTree = convert(keyNode, keyLine, depth + 1);
        if (keyTree.kind !== 'scalar') throw new TreeLimitError('mapping keys must be plain values', keyLine);
        if (keyTree.value === '<<' && !keyTree.tag) {
          // Merge key: copy the merged map's entries that are not already set.
          const merged = convert(pair.value as YamlNode, keyLine, depth + 1);
          const sources = merged.kind === 'seq' ? merged.items : [merged];
          for (const src of sources) {
            if (src.kind !== 'map') throw new TreeLimitError('merge key << needs a mapping', keyLine);
            for (const e of src.entries) if (!entries.some((x) => x.key === e.key)) entries.push(e);
          }
          continue;
        }
        const key = String(keyTree.value);
        const value = convert(pair.value as YamlNode, keyLine, depth + 1);
        const existing = entries.findIndex((e) => e.key === key);
        if (existing >= 0) entries.splice(existing, 1);
        entries.push({ key, keyLine, value });
      }
      return withTag({ kind: 'map', entries, line, endLine });
    }
    return { kind: 'scalar', value: null, line, endLine };
  };
  return convert(top, 1, 0);
}

const tagCache = new Map<string, Tags>();

/** The tag objects that let yaml keep a local tag on any node kind without a warning. */
function customTagsFor(names: readonly string[] | undefined): Tags {
  if (!names?.length) return [];
  const key = names.join(' ');
  let tags = tagCache.get(key);
  if (!tags) {
    const keep = <T>(x: T): T => x;
    tags = names.flatMap((tag): Tags => [
      { tag, resolve: (s: string) => s },
      { tag, collection: 'seq', nodeClass: YAMLSeq, resolve: keep },
      { tag, collection: 'map', nodeClass: YAMLMap, resolve: keep },
    ]);
    tagCache.set(key, tags);
  }
  return tags;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function errorMessage(err: unknown): string {
  if (err instanceof RangeError) return 'document is too deeply nested to parse';
  return err instanceof Error ? err.message : String(err);
}

/** Plain JSON-like value of a tree, ignoring tags (for classification and simple documents). */
export function treeToPlain(node: TreeNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(treeToPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = treeToPlain(e.value);
      return out;
    }
  }
}
