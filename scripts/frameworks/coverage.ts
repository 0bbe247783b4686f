// Prints, per built-in framework: controls, controls an automated rule covers (>= 1 rule), manual
// controls, controls not covered yet, and for comparison how many requirements the Prowler reference
// maps to at least one check. Also lists built-in rules no framework uses.
//
//   npx tsx scripts/frameworks/coverage.ts [--markdown] [--write-docs] [--reference DIR]
//
// --write-docs replaces the table between the coverage markers in docs/frameworks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinFrameworks, complianceIndex, controlCoverage } from '../../src/frameworks/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { readEquivalents } from './generate.js';
import { DEFAULT_REFERENCE_DIR, FRAMEWORK_SOURCES, readReference } from './reference.js';

export interface CoverageRow {
  id: string;
  controls: number;
  automated: number;
  manual: number;
  notCovered: number;
  /** Automated controls where every Prowler check mapped to it has a Parapet equivalent. */
  fullyMatched: number | undefined;
  /** Requirements with >= 1 Prowler check, or undefined without the reference. */
  prowlerMapped: number | undefined;
  prowlerTotal: number | undefined;
}

export function coverageRows(refDir = DEFAULT_REFERENCE_DIR): CoverageRow[] {
  const equivalents = readEquivalents();
  return builtinFrameworks().map((f) => {
    const counts = { automated: 0, manual: 0, 'not-covered': 0 };
    for (const c of f.controls) counts[controlCoverage(c)]++;
    const src = FRAMEWORK_SOURCES.find((s) => s.id === f.id);
    const reqs = src && existsSync(join(refDir, src.file)) ? readReference(src, refDir) : undefined;
    return {
      id: f.id,
      controls: f.controls.length,
      automated: counts.automated,
      manual: counts.manual,
      notCovered: counts['not-covered'],
      fullyMatched: reqs?.filter((r) => r.checks.length > 0 && r.checks.every((c) => equivalents.has(c))).length,
      prowlerMapped: reqs?.filter((r) => r.checks.length > 0).length,
      prowlerTotal: reqs?.length,
    };
  });
}

function main(argv: string[]): void {
  if (argv.includes('--write-docs')) {
    const docs = new URL('../../docs/frameworks.md', import.meta.url).pathname;
    const lines: string[] = [];
    const log = console.log;
    console.log = (...parts: unknown[]) => lines.push(parts.join(' '));
    try {
      main([...argv.filter((a) => a !== '--write-docs'), '--markdown']);
    } finally {
      console.log = log;
    }
    const text = readFileSync(docs, 'utf8').replace(/<!-- coverage:start -->[\s\S]*<!-- coverage:end -->/, `<!-- coverage:start -->\n${lines.join('\n').trim()}\n<!-- coverage:end -->`);
    writeFileSync(docs, text);
    console.log(`updated ${docs}`);
    return;
  }
  const i = argv.indexOf('--reference');
  const rows = coverageRows(i >= 0 ? argv[i + 1] : undefined);
  const header = ['framework', 'controls', 'automated', 'manual', 'not covered', 'all checks matched', 'Prowler: with >= 1 check'];
  const cells = rows.map((r) => [r.id, r.controls, r.automated, r.manual, r.notCovered, r.fullyMatched ?? 'n/a', r.prowlerMapped === undefined ? 'n/a' : `${r.prowlerMapped} of ${r.prowlerTotal}`].map(String));
  const total = rows.reduce(
    (a, r) => ({ c: a.c + r.controls, a: a.a + r.automated, m: a.m + r.manual, n: a.n + r.notCovered, f: a.f + (r.fullyMatched ?? 0), p: a.p + (r.prowlerMapped ?? 0) }),
    { c: 0, a: 0, m: 0, n: 0, f: 0, p: 0 },
  );
  cells.push(['total', total.c, total.a, total.m, total.n, total.f, total.p].map(String));
  if (argv.includes('--markdown')) {
    console.log(`| ${header.join(' | ')} |`);
    console.log(`|${header.map((_, k) => (k === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of cells) console.log(`| ${row.join(' | ')} |`);
  } else {
    const widths = header.map((h, k) => Math.max(h.length, ...cells.map((row) => (row[k] ?? '').length)));
    const fmt = (row: string[]) => row.map((c, k) => (k === 0 ? c.padEnd(widths[k] ?? 0) : c.padStart(widths[k] ?? 0))).join('  ');
    console.log(fmt(header));
    for (const row of cells) console.log(fmt(row));
  }
  const refs = complianceIndex(builtinFrameworks());
  const unused = builtinRules()
    .map((r) => r.meta.id)
    .filter((id) => refs(id).length === 0);
  console.log(`\nbuilt-in rules: ${builtinRules().length}; used by no framework: ${unused.length ? unused.join(', ') : 'none'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
