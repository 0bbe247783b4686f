import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, serializeSnapshot } from '../../src/sources/snapshot/index.js';
import { liveResource, unknownAttr } from '../../src/core/fixtures.js';
import { cli, tempDir } from './helpers.js';

function snapshotFile(dir: string, resources = [liveResource('aws.s3.bucket', 'b', { versioning: { enabled: false } })]): string {
  const file = join(dir, 'inv.json');
  writeFileSync(file, serializeSnapshot(buildSnapshot(resources, [], { kind: 'test' })));
  return file;
}

describe('parapet CLI', () => {
  it('prints the read-only IAM policy for aws and refuses other providers with exit 2', async () => {
    const r = await cli(['permissions', 'aws']);
    expect(r.code).toBe(0);
    const policy = JSON.parse(r.stdout) as { Version: string; Statement: { Effect: string; Action: string[] }[] };
    expect(policy.Version).toBe('2012-10-17');
    const actions = policy.Statement.flatMap((st) => st.Action);
    expect(actions).toContain('s3:GetBucketPolicy');
    expect(policy.Statement.every((st) => st.Effect === 'Allow')).toBe(true);
    const other = await cli(['permissions', 'gcp']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('parapet permissions aws');
  });

  it('scans a snapshot and exits 0 without --fail-on', async () => {
    const r = await cli(['scan', '--snapshot', snapshotFile(tempDir()), '--format', 'json', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; status: string }[] };
    expect(out.findings.find((f) => f.ruleId === 'aws-s3-bucket-versioning')?.status).toBe('FAIL');
  });

  it('exits 1 when a failure is at or above --fail-on, 0 when below', async () => {
    const file = snapshotFile(tempDir());
    expect((await cli(['scan', '--snapshot', file, '--fail-on', 'medium', '-q', '--rule', 'aws-s3-bucket-versioning'])).code).toBe(1);
    expect((await cli(['scan', '--snapshot', file, '--fail-on', 'critical', '-q', '--rule', 'aws-s3-bucket-versioning'])).code).toBe(0);
  });

  it('takes options from PARAPET_* variables and from parapet.yaml, flags winning', async () => {
    const dir = tempDir();
    const file = snapshotFile(dir);
    writeFileSync(join(dir, 'parapet.yaml'), 'failOn: medium\nquiet: true\nrule: [aws-s3-bucket-versioning]\n');
    expect((await cli(['scan', '--snapshot', file], { cwd: dir })).code).toBe(1);
    expect((await cli(['scan', '--snapshot', file], { cwd: dir, env: { PARAPET_FAIL_ON: 'critical' } })).code).toBe(0);
    expect((await cli(['scan', '--snapshot', file, '--fail-on', 'low'], { cwd: dir, env: { PARAPET_FAIL_ON: 'critical' } })).code).toBe(1);
  });

  it('rejects a bad config file naming the file, line and option', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parapet.yaml'), 'quiet: true\nfail-on: severe\ncolour: always\n');
    const r = await cli(['scan', '--snapshot', snapshotFile(dir)], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("parapet.yaml:2: field 'fail-on'");
    expect(r.stderr).toContain("parapet.yaml:3: field 'colour': unknown option 'colour'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 with the problem and next step for a malformed snapshot, no stack trace', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "resources": [\n');
    const r = await cli(['scan', '--snapshot', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.json');
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).toContain('next step');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace only with --debug', async () => {
    const r = await cli(['scan', '--snapshot', '/nonexistent/x.json', '-q', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('exit 2 for an unknown flag, naming it and the next step', async () => {
    const r = await cli(['scan', '--snapshot', 'x.json', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--colour'");
    expect(r.stderr).toContain('--help');
  });

  it('exit 2 for a bad --fail-on value', async () => {
    const r = await cli(['scan', '--snapshot', 'x.json', '--fail-on', 'huge']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--fail-on 'huge' is not one of critical, high, medium, low, info");
  });

  it('exit 2 when there is nothing to scan', async () => {
    const r = await cli(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to scan');
  });

  it('reports ERROR naming the cause when evidence is unknown, never PASS', async () => {
    const dir = tempDir();
    const file = snapshotFile(dir, [liveResource('aws.s3.bucket', 'b', { versioning: unknownAttr('s3:GetBucketVersioning') })]);
    const r = await cli(['scan', '--snapshot', file, '--format', 'json', '-q', '--rule', 'aws-s3-bucket-versioning']);
    const out = JSON.parse(r.stdout) as { findings: { status: string; message: string }[] };
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]?.status).toBe('ERROR');
    expect(out.findings[0]?.message).toContain('s3:GetBucketVersioning AccessDenied');
  });

  it('writes a snapshot that scans to the same findings', async () => {
    const dir = tempDir();
    const file = snapshotFile(dir);
    const saved = join(dir, 'saved.json');
    const a = await cli(['scan', '--snapshot', file, '--save-snapshot', saved, '--format', 'json', '-q']);
    const b = await cli(['scan', '--snapshot', saved, '--format', 'json', '-q']);
    const strip = (s: string) => (JSON.parse(s) as { findings: unknown[] }).findings;
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
  });

  it('lists and shows rules', async () => {
    const list = await cli(['rules', 'list', '--provider', 'aws']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('aws-s3-bucket-versioning');
    const show = await cli(['rules', 'show', 'aws-s3-bucket-versioning']);
    expect(show.stdout).toContain('Remediation:');
    const missing = await cli(['rules', 'show', 'aws-nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no rule with id 'aws-nope'");
  });

  it('exit 2 for a bad policy, naming file, line and field', async () => {
    const dir = tempDir();
    const policy = join(dir, 'bad.yaml');
    writeFileSync(policy, 'policy: BROKEN\ndescription: x\ncriteria:\n  - resource_type: aws_s3_bucket\n    required_controls:\n      - "versioning.enabld = true"\n');
    const r = await cli(['scan', '--snapshot', snapshotFile(dir), '--policy', policy, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yaml:6');
    expect(r.stderr).toContain('required_controls[0]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs the seed policy from the examples against the example environment', async () => {
    const r = await cli(['scan', '--snapshot', 'examples/environment/inventory.json', '--policy', 'examples/policies', '--format', 'json', '-q', '--rule', 'policy-*']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; status: string; resource: { name: string } }[] };
    const fails = out.findings.filter((f) => f.status === 'FAIL').map((f) => f.resource.name);
    expect(fails).toEqual(['examplecorp-customer-exports']);
    expect(out.findings.filter((f) => f.status === 'NOT_APPLICABLE').length).toBeGreaterThan(0);
  });

  it('prints a framework summary with --framework and lists frameworks', async () => {
    const r = await cli(['scan', '--snapshot', 'examples/environment/inventory.json', '--framework', 'cis-aws-6.0', '-q']);
    expect(r.stdout).toContain('(cis-aws-6.0)');
    expect(r.stdout).toMatch(/Score: \d+(\.\d)?% of evaluated controls pass/);
    const list = await cli(['frameworks', 'list']);
    expect(list.stdout).toContain('cis-aws-6.0');
    const bad = await cli(['scan', '--snapshot', 'examples/environment/inventory.json', '--framework', 'nope', '-q']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown framework 'nope'");
  });

  it('rejects a pathologically nested config file without crashing, naming the line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parapet.yaml'), `quiet: true\nrule: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    const r = await cli(['scan', '--snapshot', snapshotFile(dir)], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('parapet.yaml:2: nesting deeper than 32 levels');
  });

  it('judges ages as of the snapshot, so a snapshot scan reproduces later', async () => {
    const dir = tempDir();
    const user = liveResource('aws.iam.user', 'dev', {
      consoleAccess: false,
      mfaDevices: [],
      accessKeys: [{ id: 'AKIA...MPLE', status: 'Active', createdAt: '2026-01-01T00:00:00Z', lastUsedAt: '2026-01-02T00:00:00Z' }],
    });
    const scanAt = async (generatedAt: string) => {
      const file = join(dir, `inv-${generatedAt.slice(0, 10)}.json`);
      writeFileSync(file, serializeSnapshot(buildSnapshot([user], [], { kind: 'test' }, new Date(generatedAt))));
      const r = await cli(['scan', '--snapshot', file, '--format', 'json', '-q', '--rule', 'aws-iam-user-access-keys-rotated']);
      return (JSON.parse(r.stdout) as { findings: { status: string }[] }).findings[0]?.status;
    };
    expect(await scanAt('2026-02-01T00:00:00Z')).toBe('PASS');
    expect(await scanAt('2026-09-01T00:00:00Z')).toBe('FAIL');
  });
});
