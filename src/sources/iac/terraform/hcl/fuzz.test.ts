// Seeded mutation fuzzing: damaged Terraform must never make the parser throw, and every
// diagnostic must point inside the file.

import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../../bench/iac/generate-corpus.js';
import { parseHcl } from './index.js';

const PIECES = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '~}', '<<EOF\n', '<<-EOT\n', '\n', '#', '/*', '*/', '=', ',', '.', '*', '\\', 'é', '\ud800', '\r'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: string, r: () => number): string {
  let out = src;
  const edits = 1 + Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (out.length + 1));
    const kind = Math.floor(r() * 3);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 20));
    else if (kind === 1) out = out.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)]! + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at);
  }
  return out;
}

describe('mutation fuzzing', () => {
  it('never throws and reports positions inside the file', () => {
    const r = rng(2024);
    const files = generateCorpus({ seed: 99, files: 100 });
    let withErrors = 0;
    for (const f of files) {
      for (let k = 0; k < 4; k++) {
        const src = mutate(f.source, r);
        const lines = src.split('\n').length;
        const result = parseHcl(src, f.name);
        if (result.diagnostics.length > 0) withErrors++;
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.file).toBe(f.name);
        }
      }
    }
    expect(withErrors).toBeGreaterThan(60);
  });
});
