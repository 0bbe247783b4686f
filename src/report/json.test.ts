import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cleanScan, fixtureScan } from '../../test/fixtures/report/scan.js';
import type { ScanResult } from '../core/index.js';
import { RESULTS_SCHEMA_ID, renderJson, renderJsonChunks } from './json.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/parapet-results.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);

function parse(result: ScanResult) {
  return JSON.parse(renderJson(result)) as {
    $schema: string;
    summary: ScanResult['summary'];
    findings: Record<string, unknown>[];
    issues: unknown[];
  };
}

describe('json reporter', () => {
  it('validates against schemas/parapet-results.schema.json', () => {
    for (const r of [fixtureScan(), cleanScan()]) {
      const doc = parse(r);
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('names its schema by the published $id', () => {
    expect(parse(fixtureScan()).$schema).toBe(RESULTS_SCHEMA_ID);
    expect((schema as { $id: string }).$id).toBe(RESULTS_SCHEMA_ID);
  });

  it('carries every finding (passes too), the summary and the source issues', () => {
    const r = fixtureScan();
    const doc = parse(r);
    expect(doc.findings).toHaveLength(r.findings.length);
    expect(doc.summary.byStatus).toEqual(r.summary.byStatus);
    expect(doc.summary.failedBySeverity).toEqual(r.summary.failedBySeverity);
    expect(doc.issues).toHaveLength(2);
  });

  it('writes the architecture fields for an IaC finding', () => {
    const doc = parse(fixtureScan());
    const f = doc.findings.find((x) => x.ruleId === 'aws-s3-bucket-versioning' && x.status === 'FAIL' && (x.resource as { address?: string }).address === 'aws_s3_bucket.data');
    expect(f).toBeDefined();
    expect(Object.keys(f as object)).toEqual(['id', 'ruleId', 'title', 'severity', 'status', 'message', 'resource', 'evidence', 'compliance', 'remediation']);
    expect(f?.resource).toEqual({
      uid: 'iac:aws_s3_bucket.data',
      type: 'aws.s3.bucket',
      provider: 'aws',
      name: 'data',
      address: 'aws_s3_bucket.data',
      location: { file: 'infra/storage/main.tf', line: 12, endLine: 30 },
    });
  });

  it('keeps error causes and mute details', () => {
    const doc = parse(fixtureScan());
    const err = doc.findings.find((x) => x.status === 'ERROR' && x.ruleId === 'aws-s3-bucket-ssl-only');
    expect(err?.error).toMatchObject({ kind: 'unknown-evidence', cause: { operation: 's3:GetBucketPolicy', errorCode: 'AccessDenied' } });
    const muted = doc.findings.find((x) => x.status === 'MUTED');
    expect(muted?.mute).toMatchObject({ reason: expect.any(String), approver: 'secops@example.com', expires: '2027-01-31', mutedStatus: 'FAIL' });
  });

  it('gives an ERROR without a recorded cause an error block anyway', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.status === 'ERROR');
    if (f) delete f.error;
    const doc = parse(r);
    expect(validate(doc)).toBe(true);
  });

  it('comes out in pieces that join to the document JSON.stringify(doc, null, 2) writes', () => {
    for (const r of [fixtureScan(), cleanScan(), { ...cleanScan(), findings: [] }]) {
      const text = renderJson(r);
      // Parsing and writing back again with the same indentation gives the same bytes only if the
      // pieces were put together exactly as the whole-document stringify lays them out.
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      const pieces = [...renderJsonChunks(r, {}, 64)];
      expect(pieces.join('')).toBe(text);
      if (r.findings.length > 1) expect(pieces.length).toBeGreaterThan(2);
    }
    expect(parse({ ...cleanScan(), findings: [] }).findings).toEqual([]);
  });

  it('masks secrets in evidence', () => {
    const text = renderJson(fixtureScan());
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('AKIA****************');
  });
});
