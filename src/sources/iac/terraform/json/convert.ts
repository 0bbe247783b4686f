import type { SourceIssue } from '../../../../core/index.js';
import type { MapNode, TreeNode } from '../../common/index.js';
import { loadYamlTree } from '../../common/index.js';

/**
 * Terraform JSON syntax (`.tf.json`) to HCL native syntax, so one parser and one evaluator serve
 * both. Strings become quoted templates, so `"${var.x}"` interpolates as Terraform does. Each block
 * and attribute is written on the line its key has in the JSON file whenever the layout allows
 * (formatted JSON: one key per line), so positions, findings and SARIF lines match the JSON file.
 *
 * Without the provider schema, an object value inside a resource is read as a nested block, except
 * for map attributes known by name (tags and the like); an array of objects is a list of blocks.
 */

/** Object-valued attributes that are maps, not nested blocks. */
const MAP_ATTRIBUTES = new Set(['tags', 'tags_all', 'variables', 'environment_variables', 'parameters', 'labels', 'triggers', 'metadata', 'options', 'default_tags', 'attributes', 'context']);
/** Top-level block types with two labels, one label, or none. */
const TWO_LABELS = new Set(['resource', 'data']);
const ONE_LABEL = new Set(['variable', 'output', 'module', 'provider']);

export interface ConvertedJson {
  source: string;
  issues: SourceIssue[];
}

class Writer {
  private out: string[] = [];
  private line = 1;
  /** Starts a new line at the JSON line `target` when it is ahead, else on the next line. */
  newline(target?: number): void {
    const n = target !== undefined && target > this.line ? target - this.line : 1;
    this.out.push('\n'.repeat(n));
    this.line += n;
  }
  write(s: string): void {
    this.out.push(s);
  }
  text(): string {
    return this.out.join('');
  }
  get current(): number {
    return this.line;
  }
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

function isComment(key: string): boolean {
  return key === '//';
}

function expr(node: TreeNode): string {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' ? quote(node.value) : String(node.value);
    case 'seq':
      return `[${node.items.map(expr).join(', ')}]`;
    case 'map':
      return `{ ${node.entries.filter((e) => !isComment(e.key)).map((e) => `${quote(e.key)} = ${expr(e.value)}`).join(', ')} }`;
  }
}

const isObjectList = (n: TreeNode): boolean => n.kind === 'seq' && n.items.length > 0 && n.items.every((x) => x.kind === 'map');

/** A resource-like body: attributes, nested blocks, dynamic blocks. */
function body(w: Writer, node: MapNode, depth: number): void {
  const indent = '  '.repeat(depth);
  for (const e of node.entries) {
    if (isComment(e.key)) continue;
    const v = e.value;
    if (e.key === 'dynamic' && v.kind === 'map') {
      for (const d of v.entries) {
        for (const item of d.value.kind === 'seq' ? d.value.items : [d.value]) {
          if (item.kind !== 'map') continue;
          w.newline(d.keyLine);
          w.write(`${indent}dynamic ${quote(d.key)} {`);
          body(w, item, depth + 1);
          w.newline();
          w.write(`${indent}}`);
        }
      }
      continue;
    }
    const blockLike = (v.kind === 'map' && !MAP_ATTRIBUTES.has(e.key) && !/tags$/.test(e.key)) || (isObjectList(v) && !MAP_ATTRIBUTES.has(e.key));
    if (blockLike && depth > 0) {
      for (const item of v.kind === 'seq' ? v.items : [v]) {
        if (item.kind !== 'map') continue;
        w.newline(item === v ? e.keyLine : item.line);
        w.write(`${indent}${e.key} {`);
        body(w, item, depth + 1);
        w.newline();
        w.write(`${indent}}`);
      }
      continue;
    }
    w.newline(e.keyLine);
    w.write(`${indent}${e.key} = ${expr(v)}`);
  }
}

function block(w: Writer, type: string, labels: string[], node: TreeNode, line: number): void {
  for (const item of node.kind === 'seq' ? node.items : [node]) {
    if (item.kind !== 'map') continue;
    w.newline(line);
    w.write(`${[type, ...labels.map(quote)].join(' ')} {`);
    if (type === 'locals') {
      for (const e of item.entries) {
        if (isComment(e.key)) continue;
        w.newline(e.keyLine);
        w.write(`  ${e.key} = ${expr(e.value)}`);
      }
    } else if (type === 'variable') {
      // Only the default matters to the evaluator; type constraints are strings in JSON syntax.
      for (const e of item.entries) {
        if (e.key !== 'default') continue;
        w.newline(e.keyLine);
        w.write(`  default = ${expr(e.value)}`);
      }
    } else if (type === 'module' || type === 'output') {
      // Module inputs and outputs are arguments: an object is a map value, never a block.
      for (const e of item.entries) {
        if (isComment(e.key)) continue;
        w.newline(e.keyLine);
        w.write(`  ${e.key} = ${expr(e.value)}`);
      }
    } else body(w, item, 1);
    w.newline();
    w.write('}');
  }
}

export function terraformJsonToHcl(text: string, display: string): ConvertedJson {
  const { root, issues } = loadYamlTree(text, display, { json: true });
  const w = new Writer();
  if (!root) return { source: '', issues: issues.map((i) => ({ ...i, kind: i.kind === 'skipped' ? i.kind : 'parse-error' })) };
  if (root.kind !== 'map') return { source: '', issues: [{ kind: 'parse-error', file: display, line: root.line, message: 'a Terraform JSON file must hold an object' }] };
  for (const top of root.entries) {
    if (isComment(top.key)) continue;
    const v = top.value;
    if (TWO_LABELS.has(top.key) && v.kind === 'map') {
      for (const t of v.entries) if (t.value.kind === 'map') for (const n of t.value.entries) if (!isComment(n.key)) block(w, top.key, [t.key, n.key], n.value, n.keyLine);
    } else if (ONE_LABEL.has(top.key) && v.kind === 'map') {
      for (const n of v.entries) if (!isComment(n.key)) block(w, top.key, [n.key], n.value, n.keyLine);
    } else if (top.key === 'locals') block(w, 'locals', [], v, top.keyLine);
    // terraform, moved, import, check blocks carry nothing the scan reads.
  }
  w.newline();
  return { source: w.text(), issues };
}
