import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../common/index.js';
import { loadYamlTree, scanNestingDepth } from '../common/index.js';
import { SHORT_FORM_TAGS } from './intrinsics.js';
import { scanCloudFormation } from './scan.js';

/**
 * Hostile-input properties over real templates: mangled input never throws, and the nesting
 * pre-scan never reports less depth than the parsed document really has (it is the guard that
 * keeps deep input away from the recursive parser, so an undercount would be a hole).
 */
const DIR = fileURLToPath(new URL('../../../../test/fixtures/cloudformation/', import.meta.url));
const seeds = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => readFileSync(`${DIR}${f}`, 'utf8'));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NOISE = ['[', ']', '{', '}', ':', '- ', '!Ref ', '!If [', '&a ', '*a', '"', "'", '\n', '  ', '\t', '#', '|\n', '${', '\r\n', '\u0000', '<<: '];

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const r = next();
    if (r < 0.4) out = out.slice(0, at) + (NOISE[Math.floor(next() * NOISE.length)] as string) + out.slice(at);
    else if (r < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
    else if (r < 0.85) out = out.slice(0, at);
    else out = out.slice(0, at) + out.slice(Math.floor(next() * out.length));
  }
  return out;
}

function treeDepth(n: TreeNode): number {
  if (n.kind === 'scalar') return 0;
  const kids = n.kind === 'seq' ? n.items : n.entries.map((e) => e.value);
  return 1 + kids.reduce((m, k) => Math.max(m, treeDepth(k)), 0);
}

/** Random YAML mixing block and flow collections, tricky scalars, comments and block scalars. */
function randomYaml(next: () => number, depth: number, indent: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const scalars = ['x', '"a [ { \\" b"', "'it''s [ {'", 'plain "quote', "it's", 'a [b', 'c ]', '!Ref X', '"#not comment"', '5'];
  const flow = (d: number): string => {
    if (d <= 0 || next() < 0.3) return pick(['1', '"s]"', "'t}'", 'p']);
    return next() < 0.5 ? `[${flow(d - 1)}, ${flow(d - 1)}]` : `{k: ${flow(d - 1)}, "q": ${flow(d - 1)}}`;
  };
  const pad = ' '.repeat(indent);
  if (depth <= 0) return pick(scalars);
  const r = next();
  if (r < 0.15) return flow(depth);
  if (r < 0.2) return `|\n${pad}  text [ { " '\n${pad}    more ]`;
  const n = 1 + Math.floor(next() * 3);
  const lines: string[] = [];
  for (let j = 0; j < n; j++) {
    const child = randomYaml(next, depth - 1, indent + 2);
    const inline = !child.includes('\n') && next() < 0.5;
    if (r < 0.6) lines.push(`${pad}k${j}:${inline ? ` ${child}` : `\n${child.startsWith(' ') ? child : `${pad}  ${child}`}`}${next() < 0.2 ? ' # c [' : ''}`);
    else lines.push(`${pad}-${inline ? ` ${child}` : `\n${child.startsWith(' ') ? child : `${pad}  ${child}`}`}`);
  }
  return lines.join('\n');
}

describe('hostile input', () => {
  it('never throws on mangled templates', () => {
    const next = rng(20261129);
    let issues = 0;
    for (let i = 0; i < 400; i++) {
      const seed = seeds[i % seeds.length] as string;
      const text = mutate(seed, next);
      const r = scanCloudFormation([{ path: `m${i}.yaml`, content: text }]);
      issues += r.issues.length;
      for (const issue of r.issues) expect(issue.file).toBe(`m${i}.yaml`);
    }
    expect(issues).toBeGreaterThan(0);
  });

  it('the nesting pre-scan never undercounts a document that parses', () => {
    const next = rng(7);
    const corpus = fileURLToPath(new URL('../../../../../shared/corpus/trivy-checks/aws.yaml', import.meta.url));
    const texts = [...seeds, ...(existsSync(corpus) ? [readFileSync(corpus, 'utf8')] : [])];
    for (let i = 0; i < 300; i++) texts.push(mutate(seeds[i % seeds.length] as string, next));
    for (let i = 0; i < 300; i++) texts.push(randomYaml(next, 2 + Math.floor(next() * 8), 0));
    let checked = 0;
    for (const text of texts) {
      const { root } = loadYamlTree(text, 'x.yaml', { tags: SHORT_FORM_TAGS, maxAliasCount: 0 });
      if (!root) continue;
      checked++;
      expect(scanNestingDepth(text).depth).toBeGreaterThanOrEqual(treeDepth(root));
    }
    expect(checked).toBeGreaterThan(200);
  });
});
