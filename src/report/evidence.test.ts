import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../../test/cli/helpers.js';
import { FIXTURE_RULES, fixtureFrameworkScores, fixtureScan } from '../../test/fixtures/report/scan.js';
import { EVIDENCE_CSV_COLUMNS, buildEvidencePack, safeName } from './evidence.js';

function pack() {
  const files = buildEvidencePack(fixtureScan(), { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores(), generatedAt: '2026-01-15T10:00:00.000Z' });
  return new Map(files.map((f) => [f.path, f.content]));
}

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('evidence pack', () => {
  it('writes indexes, the HTML report, and per framework an index, a CSV and one JSON per control', () => {
    const files = pack();
    expect([...files.keys()].sort()).toEqual(
      [
        'index.html',
        'index.md',
        'report.html',
        'fixture-benchmark-1.0/index.md',
        'fixture-benchmark-1.0/controls.csv',
        ...['1.1', '1.2', '1.3', '2.1', '3.1', '3.2'].map((c) => `fixture-benchmark-1.0/controls/${c}.json`),
      ].sort(),
    );
    expect(files.get('index.md')).toContain('[index](fixture-benchmark-1.0/index.md)');
    expect(files.get('index.html')).toContain('href="fixture-benchmark-1.0/controls.csv"');
    expect(files.get('index.html')).toContain('Fixture &lt;Benchmark&gt; &amp; Co');
  });

  it('records per control its status, counts, rules with versions, findings and the evaluated configuration', () => {
    const c = JSON.parse(pack().get('fixture-benchmark-1.0/controls/1.3.json') ?? '{}') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a parsed document
    expect(c.control).toEqual({ id: '1.3', title: 'Buckets keep versions and logs', section: '1 Storage' });
    expect(c.status).toBe('FAIL');
    expect(c.results).toEqual({ pass: 2, fail: 3, error: 1, muted: 1, notApplicable: 1 });
    expect(c.rules).toEqual([
      { id: 'aws-s3-bucket-versioning', version: 1, title: 'S3 buckets keep object versions' },
      { id: 'aws-s3-bucket-logging', version: 1, title: 'S3 buckets write server access logs' },
    ]);
    expect(c.findings).toHaveLength(8);
    const muted = c.findings.find((f: { status: string }) => f.status === 'MUTED');
    expect(muted.mute).toMatchObject({ approver: 'secops@example.com', expires: '2027-01-31' });
    const bucket = c.resources.find((r: { uid: string }) => r.uid === 'iac:aws_s3_bucket.data');
    expect(bucket.location).toMatchObject({ file: 'infra/storage/main.tf' });
    expect(bucket.results[0].evaluatedConfiguration[0]).toMatchObject({ path: 'versioning.enabled', value: false, isDefault: true });
    expect(c.scan).toMatchObject({ id: 'scan-2026-01-15-0001', startedAt: '2026-01-15T09:30:00.000Z', finishedAt: '2026-01-15T09:30:02.500Z' });
    expect(c.tool).toEqual({ name: 'parapet', version: '0.1.0' });
    expect(c.generatedAt).toBe('2026-01-15T10:00:00.000Z');
  });

  it('writes one CSV row per control and resource result, and one row for controls without results', () => {
    const rows = parseCsv(pack().get('fixture-benchmark-1.0/controls.csv') ?? '');
    expect(rows[0]).toEqual([...EVIDENCE_CSV_COLUMNS]);
    const body = rows.slice(1);
    for (const r of body) expect(r).toHaveLength(EVIDENCE_CSV_COLUMNS.length);
    const scan = fixtureScan();
    const perControl = (id: string) => body.filter((r) => r[1] === id);
    expect(perControl('1.1')).toHaveLength(scan.findings.filter((f) => f.ruleId === 'aws-s3-bucket-public-access').length);
    expect(perControl('3.1')).toHaveLength(1);
    expect(perControl('3.1')[0]?.[3]).toBe('MANUAL');
    // A resource name that looks like a formula is defused.
    expect(body.some((r) => r[11] === `'=reports,"q1"`)).toBe(true);
  });

  it('masks secrets everywhere', () => {
    for (const [path, content] of pack()) {
      expect(content, path).not.toContain('hunter2');
      expect(content, path).not.toContain('AKIAIOSFODNN7EXAMPLE');
    }
  });

  it('makes file names safe and unique', () => {
    expect(safeName('164.312(a)(1)')).toBe('164.312_a__1_');
    expect(safeName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeName('')).toBe('_');
  });

  it('is deterministic', () => {
    expect([...pack()]).toEqual([...pack()]);
  });
});

describe('parapet report --evidence', () => {
  it('scans and writes the evidence pack for the chosen frameworks', { timeout: 120_000 }, async () => {
    const dir = join(tempDir(), 'evidence');
    const run = await cli(['report', 'test/fixtures/cloudformation/s3-bucket.yaml', '--evidence', dir, '--framework', 'cis-aws-6.0', '-q']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['cis-aws-6.0', 'index.html', 'index.md', 'report.html']);
    const csv = readFileSync(join(dir, 'cis-aws-6.0', 'controls.csv'), 'utf8');
    expect(csv.startsWith(EVIDENCE_CSV_COLUMNS.join(','))).toBe(true);
    expect(readdirSync(join(dir, 'cis-aws-6.0', 'controls')).length).toBeGreaterThan(10);
    const md = readFileSync(join(dir, 'cis-aws-6.0', 'index.md'), 'utf8');
    expect(md).toMatch(/\| (PASS|FAIL) \|/);
  });

  it('requires --evidence', async () => {
    const run = await cli(['report', 'test/fixtures/cloudformation/s3-bucket.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--evidence');
  });
});
