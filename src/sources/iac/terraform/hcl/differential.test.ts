// Differential test against tree-sitter-hcl (WASM) on a seeded generated corpus: both parsers
// must agree on whether each file has syntax errors and, for clean files, on the blocks, their
// labels, the attribute names and the line each starts on.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { generateCorpus } from '../../../../../bench/iac/generate-corpus.js';
import { loadTreeSitterHcl, parapetOutline, treeSitterOutline } from '../../../../../bench/iac/tree-sitter-hcl.js';
import { parseHcl } from './index.js';

let ts: Parser;
beforeAll(async () => {
  ts = await loadTreeSitterHcl();
});

function compare(files: { name: string; source: string }[]): { agree: number; errorFiles: number; mismatches: string[] } {
  let agree = 0;
  let errorFiles = 0;
  const mismatches: string[] = [];
  for (const f of files) {
    const r = parseHcl(f.source, f.name);
    const ours = parapetOutline(r.body, r.diagnostics.length > 0);
    const theirs = treeSitterOutline(ts, f.source);
    if (ours.hasError !== theirs.hasError) {
      mismatches.push(`${f.name}: parapet errors=${ours.hasError} (${r.diagnostics[0]?.message ?? ''}), tree-sitter errors=${theirs.hasError}`);
      continue;
    }
    if (ours.hasError) {
      errorFiles++;
      continue;
    }
    const k = ours.items.findIndex((line, j) => line !== theirs.items[j]);
    if (k !== -1 || ours.items.length !== theirs.items.length) {
      const at = k === -1 ? Math.min(ours.items.length, theirs.items.length) : k;
      mismatches.push(`${f.name}: item ${at}: parapet "${ours.items[at]}" vs tree-sitter "${theirs.items[at]}"`);
      continue;
    }
    agree++;
  }
  return { agree, errorFiles, mismatches };
}

describe('differential: parapet vs tree-sitter-hcl', () => {
  it('agrees on structure and on syntax errors over a generated corpus', () => {
    const files = generateCorpus({ seed: 42, files: 300, brokenRatio: 0.08 });
    const result = compare(files);
    expect(result.mismatches).toEqual([]);
    expect(result.errorFiles).toBe(files.filter((f) => f.broken).length);
    expect(result.agree + result.errorFiles).toBe(files.length);
  });

  it('agrees on hand-written edge cases', () => {
    const cases = [
      'resource aws_s3_bucket b {\n  x = 1\n}\n',
      'a = <<-EOT\n  ${x}\n  %{ if y }z%{ endif }\n  EOT\nb { c = 1 }\n',
      'locals {\n  x = { for k, v in m : k => v... if v != null }\n  y = a[*].b.c\n  z = a.*.b\n}\n',
      'a = "$${b} %%{c} \\u00e9"\n# c\n// d\n/* e */\nf = -1.5e+3\n',
      'a = [\n  1,\n  2,\n]\nb = {\n  c : 1,\n  "d" = 2\n}\n',
      'block "x" "y" {\n  inner {\n    deep {\n      v = f(a, b...)\n    }\n  }\n}\n',
      'a = (1 +\n',
      'a = "unterminated\n',
      'resource "a" {\n',
    ];
    const result = compare(cases.map((source, k) => ({ name: `case${k}.tf`, source })));
    expect(result.mismatches).toEqual([]);
  });
});
