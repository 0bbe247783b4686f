import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveResource } from '../../src/core/fixtures.js';
import { buildSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';
import { cli, tempDir } from './helpers.js';

function snap(dir: string, name: string, versioning: boolean): string {
  const file = join(dir, name);
  const r = liveResource('aws.s3.bucket', 'data', { versioning: { enabled: versioning, status: versioning ? 'Enabled' : 'Suspended', mfaDelete: false } }, { uid: 'arn:aws:s3:::data' });
  writeFileSync(file, serializeSnapshot(buildSnapshot([r], [], { kind: 'test' })));
  return file;
}

describe('history commands over the store', () => {
  it('records scans, diffs them, mutes with an exception and reports metrics', async () => {
    const dir = tempDir();
    const db = `sqlite:${join(dir, 'p.db')}`;
    const base = ['--rule', 'aws-s3-bucket-versioning', '-q', '--db', db];
    const first = await cli(['scan', '--snapshot', snap(dir, 'a.json', false), ...base, '--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    // An open failure recorded in the store carries its remediation SLA (medium: 30 days).
    const sla = (JSON.parse(first.stdout) as { findings: { sla?: { dueAt: string; overdue: boolean } }[] }).findings[0]?.sla;
    expect(sla?.overdue).toBe(false);
    expect(Date.parse(sla?.dueAt ?? '') - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    const second = await cli(['scan', '--snapshot', snap(dir, 'b.json', true), ...base]);
    expect(second.code, second.stderr).toBe(0);

    const diff = await cli(['diff', '--db', db, '--format', 'json']);
    expect(diff.code).toBe(0);
    const d = JSON.parse(diff.stdout) as { resolved: { ruleId: string }[]; new: unknown[]; drift: { uid: string; attributes: { path: string }[] }[] };
    expect(d.new).toHaveLength(0);
    expect(d.resolved.map((e) => e.ruleId)).toEqual(['aws-s3-bucket-versioning']);
    expect(d.drift[0]?.attributes.some((a) => a.path === 'attributes.versioning.enabled'), JSON.stringify(d.drift)).toBe(true);

    const add = await cli(['exceptions', 'add', '--db', db, '--rule', 'aws-s3-bucket-versioning', '--resource', 'arn:aws:s3:::data', '--reason', 'migration bucket, deleted in March', '--approver', 'ciso', '--expires', '2999-01-01', '--actor', 'tester']);
    expect(add.code, add.stderr).toBe(0);
    const third = await cli(['scan', '--snapshot', snap(dir, 'c.json', false), ...base, '--format', 'json']);
    const f = (JSON.parse(third.stdout) as { findings: { status: string; mute?: { reason: string; approver: string } }[] }).findings[0];
    expect(f?.status).toBe('MUTED');
    expect(f?.mute).toMatchObject({ reason: 'migration bucket, deleted in March', approver: 'ciso' });

    const missing = await cli(['exceptions', 'add', '--db', db, '--rule', 'x', '--reason', 'r', '--approver', 'a']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--expires');

    const metrics = await cli(['metrics', '--db', db, '--format', 'json']);
    const m = JSON.parse(metrics.stdout) as { scans: number; exceptions: { active: number } };
    expect(m.scans).toBe(3);
    expect(m.exceptions.active).toBe(1);
    const audit = await cli(['exceptions', 'audit', '--db', db]);
    expect(audit.stdout).toContain('tester');
  });
});
