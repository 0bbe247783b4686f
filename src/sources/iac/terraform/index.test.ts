import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../../bench/iac/generate-corpus.js';
import { Inventory, builtinResourceTypes } from '../../../core/index.js';
import type { Finding } from '../../../core/index.js';
import { evaluate } from '../../../engine/index.js';
import { builtinRules } from '../../../rules/index.js';
import type { IacFile } from '../common/index.js';
import { listIacFiles, walkIacFiles } from '../common/index.js';
import { writeTree } from './eval/testing.js';
import type { TerraformRootScan } from './index.js';
import { scanTerraform, scanTerraformRoots } from './index.js';

const HAND_WRITTEN: Record<string, string> = {
  'app/main.tf': `variable "env" {}
module "net" {
  source = "../modules/net"
  name   = "app-\${var.env}"
}
# parapet:ignore:aws-s3-bucket-versioning scratch bucket, recreated nightly
resource "aws_s3_bucket" "logs" {
  bucket = "logs-\${var.env}"
}
# parapet:ignore:aws-s3-bucket-versioning
resource "aws_s3_bucket" "no_reason" {
  bucket = "x"
}
`,
  'app/terraform.tfvars': 'env = "prod"\n',
  'modules/net/main.tf': `variable "name" {}
resource "aws_security_group" "sg" {
  name = var.name
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
  'broken/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\nresource "aws_s3_bucket" "c" {\n  bucket = \n',
  'json/main.tf.json': JSON.stringify({ resource: { aws_s3_bucket: { j: { bucket: 'from-json', acl: 'public-read' } } } }),
};

/** Hand-written roots (a local module, tfvars, suppressions, a parse error, JSON) and generated stacks of 20 files. */
function tree(): Record<string, string> {
  const files = { ...HAND_WRITTEN };
  generateCorpus({ seed: 7, files: 60, brokenRatio: 0.05 }).forEach((f, i) => {
    files[`stack${Math.floor(i / 20)}/${f.name}`] = f.source;
  });
  return files;
}

const isTerraform = (f: { kind: string }) => f.kind === 'terraform' || f.kind === 'terraform-json';
const sortedJson = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).sort();

describe('scanTerraformRoots', () => {
  let dir: string;
  let withText: IacFile[];
  beforeAll(async () => {
    dir = writeTree(tree());
    withText = (await walkIacFiles([dir])).files.filter(isTerraform);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands out one root module at a time; concatenated, the roots are what scanTerraform returns', () => {
    const whole = scanTerraform(withText);
    const roots = [...scanTerraformRoots(withText)];
    expect(roots.map((r) => r.dir)).toEqual(['app', 'broken', 'json', 'stack0', 'stack1', 'stack2'].map((d) => join(dir, d)));
    expect(roots.flatMap((r) => r.resources)).toEqual(whole.resources);
    expect(roots.flatMap((r) => r.suppressions)).toEqual(whole.suppressions);
    // scanTerraform lists every root's evaluation issues before the adapters'; per root they come with their root.
    expect(sortedJson(roots.flatMap((r) => r.issues))).toEqual(sortedJson(whole.issues));
    expect(roots[0]?.resources.map((r) => r.provenance.address)).toEqual(['aws_s3_bucket.logs', 'aws_s3_bucket.no_reason', 'module.net.aws_security_group.sg']);
    expect(roots[0]?.suppressions).toHaveLength(1);
    expect(roots[0]?.issues.map((i) => i.file)).toEqual(['app/main.tf']);
    expect(roots[1]?.issues.map((i) => i.kind)).toContain('parse-error');
  });

  it('gives the same results from listed files (read when their root is reached) as from files read by the walk', async () => {
    const listed = (await listIacFiles([dir])).files.filter(isTerraform);
    expect(listed.map((f) => f.path)).toEqual(withText.map((f) => f.path));
    expect(scanTerraform(listed)).toEqual(scanTerraform(withText));
    expect([...scanTerraformRoots(listed)]).toEqual([...scanTerraformRoots(withText)]);
  });

  it('reports a listed file that is gone when its root is reached, and scans the rest', async () => {
    const gone = writeTree({ 'a/main.tf': 'resource "aws_s3_bucket" "a" {}\n', 'a/extra.tf': 'resource "aws_s3_bucket" "e" {}\n', 'b/main.tf': 'resource "aws_s3_bucket" "b" {}\n' });
    try {
      const listed = (await listIacFiles([gone])).files;
      unlinkSync(join(gone, 'a', 'extra.tf'));
      const roots = [...scanTerraformRoots(listed)];
      expect(roots.map((r) => r.resources.map((x) => x.provenance.address))).toEqual([['aws_s3_bucket.a'], ['aws_s3_bucket.b']]);
      expect(roots[0]?.issues).toEqual([{ kind: 'skipped', file: 'a/extra.tf', message: 'cannot read file: ENOENT' }]);
    } finally {
      rmSync(gone, { recursive: true, force: true });
    }
  });

  it('judged root by root, with findings streamed out, gives the findings of one evaluation over everything', () => {
    const rules = builtinRules();
    const types = builtinResourceTypes();
    const now = new Date('2026-06-01T00:00:00Z');
    const held = evaluate(new Inventory(scanTerraform(withText).resources), { rules, types, now }).findings;
    const streamed: Finding[] = [];
    for (const root of scanTerraformRoots(withText) as Iterable<TerraformRootScan>) {
      evaluate(new Inventory(root.resources), { rules, types, now, onFinding: (f) => streamed.push(f) });
    }
    expect(held.length).toBeGreaterThan(100);
    expect(streamed).toEqual(held);
  });
});
