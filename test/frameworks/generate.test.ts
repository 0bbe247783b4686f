import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildControls, readEquivalents, renderFramework } from '../../scripts/frameworks/generate.js';
import { readCatalog } from '../../scripts/frameworks/suggest.js';
import type { PlannedRequirement, TitleEntry } from '../../scripts/frameworks/generate.js';
import { DEFAULT_REFERENCE_DIR, FRAMEWORK_SOURCES, hipaaId, nistId, readReference } from '../../scripts/frameworks/reference.js';
import { parseFramework } from '../../src/frameworks/index.js';

const req = (id: string, checks: string[], processWhen = false, section?: string): PlannedRequirement => ({
  id,
  checks,
  markedManual: processWhen,
  entries: 1,
  processWhen,
  ...(section ? { section } : {}),
});
const titles = (entries: Record<string, string | TitleEntry>) => new Map(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? { title: v } : v]));
const EQUIV = new Map([
  ['p_root_keys', ['aws-iam-root-access-keys']],
  ['p_sg_22', ['aws-ec2-security-group-admin-ports-open']],
  ['p_sg_3389', ['aws-ec2-security-group-admin-ports-open']],
]);

describe('buildControls', () => {
  it('maps checks through the equivalents table, once per rule, sorted', () => {
    const { controls, report } = buildControls(
      [req('1', ['p_root_keys', 'p_unmatched'], false, 'One'), req('2', ['p_sg_3389', 'p_sg_22', 'p_root_keys']), req('3', ['p_unmatched'])],
      titles({ '1': 'Root has no keys', '2': 'Admin ports closed', '3': 'Something else' }),
      EQUIV,
      false,
    );
    expect(controls).toEqual([
      { id: '1', title: 'Root has no keys', section: 'One', rules: ['aws-iam-root-access-keys'] },
      { id: '2', title: 'Admin ports closed', rules: ['aws-ec2-security-group-admin-ports-open', 'aws-iam-root-access-keys'] },
      { id: '3', title: 'Something else', rules: [] },
    ]);
    expect(report).toMatchObject({ controls: 3, automated: 2, manual: 0, notCovered: 1 });
  });

  it('marks unmapped process requirements manual, and lets the titles file override either way', () => {
    const { controls } = buildControls(
      [req('a', [], true), req('b', [], false), req('c', [], true), req('d', ['p_unmatched'], true)],
      titles({ a: 'Process', b: 'Gap', c: { title: 'Automatable after all', manual: false }, d: { title: 'Judged by a person', manual: true, notes: 'why' } }),
      EQUIV,
      false,
    );
    expect(controls.map((c) => [c.id, c.manual ?? false, c.notes])).toEqual([
      ['a', true, undefined],
      ['b', false, undefined],
      ['c', false, undefined],
      ['d', true, 'why'],
    ]);
  });

  it('takes extra rules from the titles file and refuses manual controls with rules', () => {
    expect(buildControls([req('x', [])], titles({ x: { title: 'Extra', rules: ['aws-s3-bucket-versioning'] } }), EQUIV, false).controls[0]?.rules).toEqual(['aws-s3-bucket-versioning']);
    expect(() => buildControls([req('x', ['p_root_keys'])], titles({ x: { title: 'Both', manual: true } }), EQUIV, false)).toThrow(/marked manual but rules/);
  });

  it('refuses a control without a title of ours, or falls back to the bare id and reports it', () => {
    expect(() => buildControls([req('9.9', [])], titles({}), EQUIV, false)).toThrow(/no title of ours: 9.9/);
    const { controls, report } = buildControls([req('9.9', [])], titles({ '1.1': 'Stray' }), EQUIV, true);
    expect(controls[0]?.title).toBe('9.9');
    expect(report.missingTitles).toEqual(['9.9']);
    expect(report.strayTitles).toEqual(['1.1']);
  });

  it('renders a file the loader accepts', () => {
    const src = FRAMEWORK_SOURCES[0];
    if (!src) throw new Error('no sources');
    const { controls } = buildControls([req('1.10', ['p_root_keys'], false, '1 Identity'), req('2', [], true)], titles({ '1.10': 'Root: no "keys" # ever', '2': 'Yes' }), EQUIV, false);
    const f = parseFramework(renderFramework(src, controls), 'rendered.yaml');
    expect(f.controls.map((c) => [c.id, c.title, c.rules.length, c.manual ?? false])).toEqual([
      ['1.10', 'Root: no "keys" # ever', 1, false],
      ['2', 'Yes', 0, true],
    ]);
  });
});

describe('reference ids', () => {
  it('write NIST and HIPAA ids in their usual notation', () => {
    expect(nistId('ac_2_3_a')).toBe('AC-2(3)(a)');
    expect(nistId('ac-2-12-a')).toBe('AC-2(12)(a)');
    expect(nistId('ac_2_¡_2')).toBe('AC-2(i)(2)');
    expect(hipaaId('164_308_a_1_ii_a')).toBe('164.308(a)(1)(ii)(A)');
    expect(hipaaId('164_312_b')).toBe('164.312(b)');
  });

  it('repair ids the reference stored as numbers and merge true duplicates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-ref-'));
    const entry = (Id: string, Checks: string[], AssessmentStatus = 'Automated') => ({ Id, Description: 'x', Checks, Attributes: [{ Section: 'S', AssessmentStatus }] });
    const cis = FRAMEWORK_SOURCES.find((s) => s.id === 'cis-aws-5.0');
    if (!cis) throw new Error('no cis source');
    writeFileSync(join(dir, cis.file), JSON.stringify({ Requirements: [entry('1.1', ['z']), entry('1.9', ['a']), entry('1.1', ['b']), entry('1.2', [], 'Manual'), entry('1.2', ['c'], 'Manual')] }));
    expect(readReference(cis, dir)).toEqual([
      { id: '1.1', section: 'S', checks: ['z'], markedManual: false, entries: 1 },
      { id: '1.9', section: 'S', checks: ['a'], markedManual: false, entries: 1 },
      { id: '1.10', section: 'S', checks: ['b'], markedManual: false, entries: 1 },
      { id: '1.2', section: 'S', checks: ['c'], markedManual: true, entries: 2 },
    ]);
  });
});

const CATALOG = '/work/shared/reference/prowler-checks.tsv';
describe.skipIf(!existsSync(CATALOG))('prowler-equivalents.yaml', () => {
  it('names only check ids that exist in the Prowler catalogue', () => {
    const known = new Set(readCatalog(CATALOG).map((c) => c.id));
    expect([...readEquivalents().keys()].filter((id) => !known.has(id))).toEqual([]);
  });
});

describe.skipIf(!existsSync(DEFAULT_REFERENCE_DIR))('built-in files', () => {
  it('are what the generator makes from the reference, the titles and the equivalents table', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/frameworks/generate.ts', '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toContain('cis-aws-6.0: 63 controls');
  });
});
