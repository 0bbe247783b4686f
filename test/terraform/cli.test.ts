import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../../src/sources/iac/terraform/eval/testing.js';
import { cli } from '../cli/helpers.js';
import { OPTIONAL_MODULE } from './fixtures.js';

interface JsonFinding {
  ruleId: string;
  status: string;
  message: string;
  resource: { address?: string; location?: { file: string; line: number } };
  mute?: { source: string; reason: string };
}
interface JsonDoc {
  findings: JsonFinding[];
  issues: { kind: string; message: string; file?: string; line?: number }[];
  summary: { parseErrors: number };
}

async function scanJson(dir: string, extra: string[] = []): Promise<{ code: number; doc: JsonDoc; stderr: string }> {
  const r = await cli(['scan', dir, '--format', 'json', '--quiet', ...extra], { cwd: dir });
  expect(r.stdout, r.stderr).not.toBe('');
  return { code: r.code, doc: JSON.parse(r.stdout) as JsonDoc, stderr: r.stderr };
}

describe('parapet scan on Terraform', () => {
  it('a module with count = var.enabled ? 1 : 0 yields nothing by default and its resources with --var enabled=true', async () => {
    const dir = writeTree(OPTIONAL_MODULE);
    const off = await scanJson(dir);
    expect(off.doc.findings).toEqual([]);
    const on = await scanJson(dir, ['--var', 'enabled=true', '--rule', 'aws-s3-bucket-versioning']);
    expect(on.doc.findings.map((f) => [f.ruleId, f.status, f.resource.address, f.resource.location])).toEqual([
      ['aws-s3-bucket-versioning', 'FAIL', 'module.logs.aws_s3_bucket.logs[0]', { file: 'modules/logs/main.tf', line: 6, endLine: 9 }],
    ]);
    const viaFile = join(dir, 'on.tfvars');
    writeFileSync(viaFile, 'enabled = true\n');
    const on2 = await scanJson(dir, ['--var-file', viaFile, '--rule', 'aws-s3-bucket-versioning']);
    expect(on2.doc.findings).toHaveLength(1);
  });

  const SUPPRESSED = {
    'main.tf': `
# parapet:ignore:aws-s3-bucket-versioning scratch bucket, recreated nightly
resource "aws_s3_bucket" "scratch" {
  bucket = "scratch"
}

resource "aws_s3_bucket" "attr" {
  # parapet:ignore:aws-s3-bucket-acl-not-public public website, reviewed in SEC-12
  acl = "public-read"
}

# parapet:ignore:aws-s3-bucket-versioning
resource "aws_s3_bucket" "noreason" {
  bucket = "noreason"
}

# parapet:ignore:aws-ec2-instance-imdsv2 no instance here
resource "aws_s3_bucket" "unused" {
  bucket = "unused"
}
`,
  };

  it('inline suppressions mute with their reason; one without a reason is an error and mutes nothing; unused ones are reported', async () => {
    const dir = writeTree(SUPPRESSED);
    const { doc } = await scanJson(dir, ['--rule', 'aws-s3-bucket-versioning', '--rule', 'aws-s3-bucket-acl-not-public', '--rule', 'aws-ec2-instance-imdsv2']);
    const find = (rule: string, address: string) => doc.findings.find((f) => f.ruleId === rule && f.resource.address === address);
    expect(find('aws-s3-bucket-versioning', 'aws_s3_bucket.scratch')).toMatchObject({ status: 'MUTED', mute: { source: 'inline', reason: 'scratch bucket, recreated nightly' } });
    expect(find('aws-s3-bucket-acl-not-public', 'aws_s3_bucket.attr')).toMatchObject({ status: 'MUTED', mute: { reason: 'public website, reviewed in SEC-12' } });
    expect(find('aws-s3-bucket-versioning', 'aws_s3_bucket.attr')?.status).toBe('FAIL'); // another rule is not muted
    expect(find('aws-s3-bucket-versioning', 'aws_s3_bucket.noreason')?.status).toBe('FAIL');
    expect(doc.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'suppression', file: 'main.tf', line: 12, message: expect.stringMatching(/^error: .*has no reason/) }),
        expect.objectContaining({ kind: 'suppression', file: 'main.tf', line: 17, message: expect.stringMatching(/unused suppression of aws-ec2-instance-imdsv2/) }),
      ]),
    );
  });

  it('SARIF marks muted results as suppressed in source with the reason', async () => {
    const dir = writeTree(SUPPRESSED);
    const r = await cli(['scan', dir, '--format', 'sarif', '--quiet', '--rule', 'aws-s3-bucket-versioning'], { cwd: dir });
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification: string }[]; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const muted = sarif.runs[0]?.results.filter((x) => x.suppressions?.length) ?? [];
    expect(muted).toHaveLength(1);
    expect(muted[0]?.suppressions?.[0]).toMatchObject({ kind: 'inSource', justification: expect.stringContaining('scratch bucket, recreated nightly') });
    expect(muted[0]?.locations[0]?.physicalLocation.region.startLine).toBe(3);
  });

  it('findings name the file and line of the offending attribute, or of the resource', async () => {
    const dir = writeTree({
      'net/sg.tf': `
resource "aws_security_group" "web" {
  description = "web"

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      'data.tf': `
resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_s3_bucket_acl" "acl" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read"
}

resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false
}
`,
    });
    const { doc } = await scanJson(dir);
    const at = (rule: string) => {
      const f = doc.findings.find((x) => x.ruleId === rule && x.status === 'FAIL');
      expect(f, `${rule} should FAIL; got ${doc.findings.map((x) => `${x.ruleId}=${x.status}`).join(', ')}`).toBeDefined();
      return f?.resource.location && { file: f.resource.location.file, line: f.resource.location.line };
    };
    expect(at('aws-s3-bucket-versioning')).toEqual({ file: 'data.tf', line: 2 });
    expect(at('aws-s3-bucket-acl-not-public')).toEqual({ file: 'data.tf', line: 8 });
    expect(at('aws-ec2-ebs-volume-encrypted')).toEqual({ file: 'data.tf', line: 14 });
    expect(at('aws-ec2-security-group-admin-ports-open')).toEqual({ file: 'net/sg.tf', line: 5 }); // the ingress block that opens the port
  });
});

describe('hostile Terraform input', () => {
  it('a syntax error is a parse-error issue with file and line; other files are still scanned', async () => {
    const dir = writeTree({
      'a/broken.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n',
      'b/ok.tf': 'resource "aws_s3_bucket" "ok" {\n  bucket = "ok"\n}\n',
    });
    const { code, doc } = await scanJson(dir, ['--rule', 'aws-s3-bucket-versioning']);
    expect(code).toBe(0);
    expect(doc.issues).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'parse-error', file: 'a/broken.tf', line: 2 })]));
    expect(doc.summary.parseErrors).toBeGreaterThan(0);
    expect(doc.findings.map((f) => f.resource.address)).toContain('aws_s3_bucket.ok');

    const strict = await cli(['scan', dir, '--format', 'json', '--quiet', '--strict'], { cwd: dir });
    expect(strict.code).toBe(2);
  });

  it('a file over the size cap is skipped with a warning', async () => {
    const dir = writeTree({ 'ok.tf': 'resource "aws_s3_bucket" "ok" {\n  bucket = "ok"\n}\n' });
    writeFileSync(join(dir, 'huge.tf'), `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const { code, doc } = await scanJson(dir, ['--rule', 'aws-s3-bucket-versioning']);
    expect(code).toBe(0);
    expect(doc.issues).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'skipped', file: 'huge.tf', message: expect.stringMatching(/over the .*limit/) })]));
    expect(doc.findings).toHaveLength(1);
  });

  it('deep nesting and unresolvable references do not crash the scan', async () => {
    const dir = writeTree({
      'main.tf': `locals {\n  deep = ${'['.repeat(300)}1${']'.repeat(300)}\n  a = local.b\n  b = local.a\n}\nresource "aws_s3_bucket" "x" {\n  bucket = local.a\n  count  = length(local.deep)\n}\n`,
    });
    const r = await cli(['scan', dir, '--format', 'json', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});
