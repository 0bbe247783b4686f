import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParapetError, ValidationErrors } from '../../src/core/index.js';
import { createExceptionMuter, expiryInstant, exceptionId, loadExceptionsFile, parseExceptionsYaml } from '../../src/store/index.js';
import { applyMuter, finding } from './fixtures.js';

const GOOD = `version: 1
exceptions:
  - id: EXC-12
    rule: aws.s3.bucket-versioning
    resource: arn:aws:s3:::legacy-*
    reason: archive bucket, replaced in Q3
    approver: security-director@example.com
    expires: 2026-12-31
  - rule: aws.ec2.*
    tags: { environment: sandbox, cost: 42 }
    reason: sandbox accounts
    approver: lead@example.com
    expires: 2026-06-30T18:00:00Z
`;

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationErrors) return e.problems.map((p) => p.describe().split('\n')[0] ?? '');
    if (e instanceof ParapetError) return [e.describe().split('\n')[0] ?? ''];
    throw e;
  }
  throw new Error('expected a ParapetError');
}

describe('exceptions file', () => {
  it('loads entries, deriving ids and reading dates as written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parapet-exc-'));
    const file = path.join(dir, 'exceptions.yaml');
    writeFileSync(file, GOOD);
    const list = loadExceptionsFile(file);
    expect(list[0]).toEqual({
      id: 'EXC-12',
      rule: 'aws.s3.bucket-versioning',
      resource: 'arn:aws:s3:::legacy-*',
      reason: 'archive bucket, replaced in Q3',
      approver: 'security-director@example.com',
      expires: '2026-12-31',
    });
    expect(list[1]).toMatchObject({ id: exceptionId({ rule: 'aws.ec2.*', tags: { environment: 'sandbox', cost: '42' } }), tags: { environment: 'sandbox', cost: '42' } });
  });

  it('names file, line and field for every problem at once', () => {
    const text = `exceptions:
  - rule: aws.s3.bucket-versioning
    resource: arn:aws:s3:::a
    approver: x
    expires: 2026-12-31
  - rule: aws.s3.bucket-versioning
    resource: arn:aws:s3:::b
    reason: r
    approver: x
    expires: 31/12/2026
  - rule: aws.s3.bucket-versioning
    reason: r
    approver: x
    expires: 2026-02-30
    colour: blue
`;
    expect(problemsOf(() => parseExceptionsYaml(text, 'exc.yaml'))).toEqual([
      "exc.yaml:2: field 'exceptions[0].reason': 'reason' is required",
      "exc.yaml:15: field 'exceptions[2].colour': unknown field 'colour'",
    ]);
    const semantic = text.replace('    colour: blue\n', '').replace('    approver: x\n    expires: 2026-12-31', '    reason: r\n    approver: x\n    expires: 2026-12-31');
    expect(problemsOf(() => parseExceptionsYaml(semantic, 'exc.yaml'))).toEqual([
      "exc.yaml:11: field 'exceptions[1].expires': '31/12/2026' is not a date",
      "exc.yaml:12: field 'exceptions[2].resource': a resource selector is required",
      "exc.yaml:15: field 'exceptions[2].expires': '2026-02-30' is not a date",
    ]);
  });

  it('rejects unknown rule ids when given the rule list, duplicate ids, and bad YAML', () => {
    const known = new Set(['aws.s3.bucket-versioning']);
    expect(problemsOf(() => parseExceptionsYaml(GOOD.replace('aws.s3.bucket-versioning', 'aws.s3.nope'), 'e.yaml', { knownRuleIds: known }))).toEqual([
      "e.yaml:4: field 'exceptions[0].rule': no rule has the id 'aws.s3.nope'",
    ]);
    const dup = GOOD.replace('  - rule: aws.ec2.*', '  - id: EXC-12\n    rule: aws.ec2.*');
    expect(problemsOf(() => parseExceptionsYaml(dup, 'e.yaml'))[0]).toMatch(/^e\.yaml:9: field 'exceptions\[1\]\.id': exception 'EXC-12' is defined twice/);
    expect(problemsOf(() => parseExceptionsYaml('exceptions: [\n', 'e.yaml'))[0]).toMatch(/^e\.yaml:\d+: not valid YAML/);
    expect(problemsOf(() => loadExceptionsFile('/nonexistent/exc.yaml'))[0]).toMatch(/cannot read/);
  });

  it('reads an expiry date as the end of that day, UTC', () => {
    expect(expiryInstant('2026-12-31')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(expiryInstant('2026-06-30T18:00:00Z')?.toISOString()).toBe('2026-06-30T18:00:00.000Z');
    expect(expiryInstant('2026-13-01')).toBeUndefined();
    expect(expiryInstant('next week')).toBeUndefined();
  });
});

describe('exception muter', () => {
  const list = parseExceptionsYaml(GOOD);

  it('mutes FAIL and ERROR matched by uid glob or tags, never passes', () => {
    const { muter } = createExceptionMuter(list, new Date('2026-06-01T00:00:00Z'));
    const fs = applyMuter(
      [
        finding({ rule: 'aws.s3.bucket-versioning', uid: 'arn:aws:s3:::legacy-logs', status: 'FAIL' }),
        finding({ rule: 'aws.s3.bucket-versioning', uid: 'arn:aws:s3:::current', status: 'FAIL' }),
        finding({ rule: 'aws.s3.bucket-versioning', uid: 'arn:aws:s3:::legacy-ok', status: 'PASS' }),
        finding({ rule: 'aws.s3.bucket-versioning', uid: 'arn:aws:s3:::legacy-err', status: 'ERROR' }),
      ],
      muter,
    );
    expect(fs.map((f) => f.status)).toEqual(['MUTED', 'FAIL', 'PASS', 'MUTED']);
    expect(fs[0]?.mute).toEqual({
      source: 'exception',
      reason: 'archive bucket, replaced in Q3',
      approver: 'security-director@example.com',
      expires: '2027-01-01T00:00:00.000Z',
      exceptionId: 'EXC-12',
      mutedStatus: 'FAIL',
    });
    const tagged = applyMuter([finding({ rule: 'aws.ec2.open-ssh', uid: 'i-1', status: 'FAIL' })], muter, { environment: 'sandbox', cost: '42' });
    expect(tagged[0]?.status).toBe('MUTED');
    const untagged = applyMuter([finding({ rule: 'aws.ec2.open-ssh', uid: 'i-2', status: 'FAIL' })], muter, { environment: 'prod' });
    expect(untagged[0]?.status).toBe('FAIL');
  });

  it('stops muting at expiry and reports what the expired exception matched', () => {
    let now = new Date('2026-06-30T17:59:59Z');
    const m = createExceptionMuter(list, () => now);
    const f = () => finding({ rule: 'aws.ec2.open-ssh', uid: 'i-1', status: 'FAIL' });
    expect(applyMuter([f()], m.muter, { environment: 'sandbox', cost: '42' })[0]?.status).toBe('MUTED');
    now = new Date('2026-06-30T18:00:00Z');
    expect(applyMuter([f()], m.muter, { environment: 'sandbox', cost: '42' })[0]?.status).toBe('FAIL');
    expect(m.expired).toEqual([expect.objectContaining({ ruleId: 'aws.ec2.open-ssh', resourceUid: 'i-1', expiresAt: '2026-06-30T18:00:00.000Z' })]);
  });

  it('ignores revoked exceptions and never matches unreadable tags', () => {
    const { muter } = createExceptionMuter([{ ...list[1]!, revokedAt: '2026-01-01T00:00:00Z' }], new Date('2026-01-02'));
    expect(applyMuter([finding({ rule: 'aws.ec2.x', uid: 'i-1', status: 'FAIL' })], muter, { environment: 'sandbox', cost: '42' })[0]?.status).toBe('FAIL');
    const live = createExceptionMuter(list, new Date('2026-01-02')).muter;
    const f = finding({ rule: 'aws.ec2.x', uid: 'i-1', status: 'FAIL' });
    const res = { uid: 'i-1', tags: { $unknown: { kind: 'api-error', message: 'denied' } } } as never;
    expect(live(f, res)).toBeUndefined();
  });
});
