import { describe, expect, it } from 'vitest';
import type { Resource } from '../../src/core/index.js';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import type { TerraformOptions } from '../../src/sources/iac/terraform/index.js';
import { scanTerraform } from '../../src/sources/iac/terraform/index.js';
import { writeTree } from '../../src/sources/iac/terraform/eval/testing.js';
import { OPTIONAL_MODULE } from './fixtures.js';

async function scanTree(files: Record<string, string>, opts: TerraformOptions = {}) {
  const dir = writeTree(files);
  const walked = await walkIacFiles([dir]);
  return scanTerraform(
    walked.files.filter((f) => f.kind === 'terraform'),
    opts,
  );
}

const policyFindings = (resources: Resource[]) =>
  evaluate(new Inventory(resources), { rules: builtinRules(), types: builtinResourceTypes(), filter: { include: ['aws-s3-bucket-policy-not-public'] } }).findings.map((f) => f.status);

describe('scanTerraform', () => {
  it('count = var.enabled ? 1 : 0 in a module: no resources by default, the bucket with --var enabled=true', async () => {
    expect((await scanTree(OPTIONAL_MODULE)).resources).toEqual([]);
    const on = await scanTree(OPTIONAL_MODULE, { vars: ['enabled=true'] });
    expect(on.resources.map((r) => [r.type, r.provenance.address])).toEqual([['aws.s3.bucket', 'module.logs.aws_s3_bucket.logs[0]']]);
  });

  it('an unknown part of a jsonencode policy becomes an unknown marker; the known parts are still judged', async () => {
    const r = await scanTree({
      'main.tf': `
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.b.arn}/*"
    }]
  })
}
`,
    });
    const bucket = r.resources.find((x) => x.provenance.address === 'aws_s3_bucket.b');
    const text = JSON.stringify(bucket?.attributes);
    expect(text).toContain('"$unknown"');
    expect(text).toContain('aws_s3_bucket.b.arn');
    expect(text).not.toContain('\\u0000');
    expect(policyFindings(r.resources)).toEqual(['FAIL']);
  });

  it('a heredoc policy with an interpolation keeps its known parts too', async () => {
    const r = await scanTree({
      'main.tf': `
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = <<EOF
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "\${aws_s3_bucket.b.arn}/*"}]}
EOF
}
`,
    });
    expect(policyFindings(r.resources)).toEqual(['FAIL']);
  });
});
