// tree-sitter-hcl (WASM) as a reference parser for the differential test and the benchmark, plus
// a structural outline (blocks, labels, attribute names, lines) comparable across both parsers.

import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { Body } from '../../src/sources/iac/terraform/hcl/index.js';

export interface Outline {
  /** One entry per block or attribute, depth-first in source order: `B line type labels` / `A line name`. */
  items: string[];
  hasError: boolean;
}

const require = createRequire(import.meta.url);

/** Loads web-tree-sitter and the tree-sitter-hcl grammar shipped as .wasm in its npm package. */
export async function loadTreeSitterHcl(): Promise<Parser> {
  await Parser.init();
  const wasm = require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');
  const language = await Language.load(wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export function treeSitterOutline(parser: Parser, source: string): Outline {
  const tree = parser.parse(source);
  if (tree === null) return { items: [], hasError: true };
  const items: string[] = [];
  const root = tree.rootNode;
  const body = root.namedChildren.find((c) => c?.type === 'body');
  if (body) walkTreeSitterBody(body, '', items);
  const hasError = root.hasError;
  tree.delete();
  return { items, hasError };
}

function walkTreeSitterBody(body: Node, indent: string, out: string[]): void {
  for (const child of body.namedChildren) {
    if (child === null) continue;
    const line = child.startPosition.row + 1;
    if (child.type === 'attribute') {
      const name = child.namedChildren[0]?.text ?? '?';
      out.push(`${indent}A ${line} ${name}`);
    } else if (child.type === 'block') {
      const parts = child.namedChildren.filter((c): c is Node => c !== null);
      const type = parts[0]?.text ?? '?';
      const labels: string[] = [];
      let inner: Node | undefined;
      for (const p of parts.slice(1)) {
        if (p.type === 'identifier') labels.push(p.text);
        else if (p.type === 'string_lit') labels.push(p.namedChildren.find((c) => c?.type === 'template_literal')?.text ?? '');
        else if (p.type === 'body') inner = p;
      }
      out.push(`${indent}B ${line} ${type} ${labels.join('|')}`);
      if (inner) walkTreeSitterBody(inner, indent + '  ', out);
    }
  }
}

export function parapetOutline(body: Body, hasError: boolean): Outline {
  const items: string[] = [];
  walkBody(body, '', items);
  return { items, hasError };
}

function walkBody(body: Body, indent: string, out: string[]): void {
  const entries = [...body.attributes, ...body.blocks].sort((a, b) => a.range.startOffset - b.range.startOffset);
  for (const e of entries) {
    if (e.type === 'Attribute') out.push(`${indent}A ${e.range.start.line} ${e.name}`);
    else {
      out.push(`${indent}B ${e.range.start.line} ${e.blockType} ${e.labels.map((l) => l.value).join('|')}`);
      walkBody(e.body, indent + '  ', out);
    }
  }
}
