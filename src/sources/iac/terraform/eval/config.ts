import type { Attribute, Block, Body, Comment, Expression, Range } from '../hcl/ast.js';

/** The declarations of one module directory, gathered from all its .tf files. */
export interface ModuleConfig {
  dir: string;
  files: ParsedFile[];
  variables: Map<string, { block: Block; file: ParsedFile }>;
  locals: Map<string, { attr: Attribute; file: ParsedFile }>;
  resources: ResourceDecl[];
  modules: Map<string, { block: Block; file: ParsedFile }>;
  outputs: Map<string, { attr: Attribute; file: ParsedFile }>;
}

export interface ParsedFile {
  path: string;
  /** Path relative to the scan root, as reported in findings. */
  display: string;
  source: string;
  body: Body;
  comments: Comment[];
}

export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: ParsedFile;
}

export function attr(body: Body, name: string): Attribute | undefined {
  // A loop rather than find(): no closure made per call, and this runs for every count/for_each check.
  for (const a of body.attributes) if (a.name === name) return a;
  return undefined;
}

export function gatherModule(dir: string, files: ParsedFile[]): ModuleConfig {
  const cfg: ModuleConfig = { dir, files, variables: new Map(), locals: new Map(), resources: [], modules: new Map(), outputs: new Map() };
  for (const file of files) {
    for (const block of file.body.blocks) {
      // The first two labels read in place: no array made per top-level block.
      const l0 = block.labels[0]?.value;
      const l1 = block.labels[1]?.value;
      switch (block.blockType) {
        case 'variable':
          if (l0) cfg.variables.set(l0, { block, file });
          break;
        case 'locals':
          for (const a of block.body.attributes) cfg.locals.set(a.name, { attr: a, file });
          break;
        case 'resource':
        case 'data':
          if (l0 && l1) cfg.resources.push({ mode: block.blockType === 'resource' ? 'managed' : 'data', type: l0, name: l1, block, file });
          break;
        case 'module':
          if (l0) cfg.modules.set(l0, { block, file });
          break;
        case 'output':
          if (l0) {
            const v = attr(block.body, 'value');
            if (v) cfg.outputs.set(l0, { attr: v, file });
          }
          break;
        default:
          break;
      }
    }
  }
  return cfg;
}

export function exprText(file: ParsedFile, node: { range: Range }): string {
  const text = file.source.slice(node.range.startOffset, Math.min(node.range.endOffset, node.range.startOffset + 400));
  return (plainSpacing(text) ? text : text.replace(/\s+/g, ' ')).slice(0, 200);
}

/** A code unit past printable ASCII, a whitespace other than the space, or two spaces in a row. */
const NOT_PLAIN = /[\t-\r\x7f-\uffff]| {2}/;

/**
 * True when `\s+` → ' ' would change nothing: ASCII with no whitespace but single spaces. One
 * regex test, several times faster than a loop over the characters.
 */
function plainSpacing(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

export type { Expression };
