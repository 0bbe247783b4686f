import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_RULES, cleanScan, fixtureFrameworkScores, fixtureScan } from '../../test/fixtures/report/scan.js';
import type { ReportOptions } from './index.js';
import { renderReport } from './index.js';

/**
 * Golden files: each reporter's output for the fixture scan, byte for byte. After an intended
 * change, regenerate with `UPDATE_GOLDEN=1 npx vitest run src/report` and review the diff.
 */
const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/report/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: { file: string; format: string; opts?: ReportOptions; clean?: boolean }[] = [
  { file: 'table.txt', format: 'table' },
  { file: 'table-verbose.txt', format: 'table', opts: { verbose: true } },
  { file: 'table-color.txt', format: 'table', opts: { color: true } },
  { file: 'table-clean.txt', format: 'table', clean: true },
  { file: 'results.json', format: 'json' },
  { file: 'results.sarif', format: 'sarif', opts: { rules: FIXTURE_RULES } },
  { file: 'results-with-passes.sarif', format: 'sarif', opts: { rules: FIXTURE_RULES, includePasses: true, srcRoot: '/home/ci/repo' } },
  { file: 'results.csv', format: 'csv' },
  { file: 'results.junit.xml', format: 'junit' },
  { file: 'results.ocsf.json', format: 'ocsf', opts: { rules: FIXTURE_RULES } },
  { file: 'results.asff.json', format: 'asff', opts: { rules: FIXTURE_RULES } },
  { file: 'report.html', format: 'html', opts: { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores() } },
  { file: 'report-clean.html', format: 'html', clean: true },
];

describe('golden files', () => {
  for (const c of CASES) {
    it(`${c.format} -> ${c.file}`, () => {
      const actual = renderReport(c.format, c.clean ? cleanScan() : fixtureScan(), c.opts);
      const file = path.join(GOLDEN_DIR, c.file);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE && process.env.CI) throw new Error(`golden file ${c.file} is missing: run with UPDATE_GOLDEN=1`);
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('renders the same bytes twice (no clock, no randomness)', () => {
    for (const c of CASES) expect(renderReport(c.format, fixtureScan(), c.opts)).toBe(renderReport(c.format, fixtureScan(), c.opts));
  });
});
