import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceIssue } from '../../../core/index.js';
import { classifyIacContent } from './classify.js';
import { listIacFiles, readIacFile, walkIacFiles } from './walk.js';

const CFN_YAML = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n';
const CFN_JSON = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} });
const PLAN = JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', planned_values: { root_module: {} } });

describe('classifyIacContent', () => {
  it('classifies by content, not by name', () => {
    expect(classifyIacContent('stack.yaml', CFN_YAML)).toBe('cloudformation');
    expect(classifyIacContent('whatever.json', CFN_JSON)).toBe('cloudformation');
    expect(classifyIacContent('x.template', CFN_YAML)).toBe('cloudformation');
    expect(classifyIacContent('plan.json', PLAN)).toBe('terraform-plan');
    expect(classifyIacContent('main.tf', 'resource "aws_s3_bucket" "b" {}')).toBe('terraform');
    expect(classifyIacContent('main.tf.json', '{"resource": {}}')).toBe('terraform-json');
  });
  it('ignores YAML and JSON that are not templates', () => {
    expect(classifyIacContent('k8s.yaml', 'apiVersion: v1\nkind: Pod\n')).toBeUndefined();
    expect(classifyIacContent('package.json', '{"name": "x", "dependencies": {}}')).toBeUndefined();
    expect(classifyIacContent('r.yaml', 'Resources:\n  X:\n    Type: Something::Else\n')).toBeUndefined();
    expect(classifyIacContent('compose.yaml', 'services:\n  Resources: 1\n')).toBeUndefined();
  });
  it('takes a top-level AWSTemplateFormatVersion as proof, in YAML and JSON', () => {
    expect(classifyIacContent('a.yaml', '# c\nAWSTemplateFormatVersion: "2010-09-09"\n')).toBe('cloudformation');
    expect(classifyIacContent('a.json', '{\n  "AWSTemplateFormatVersion": "2010-09-09"\n}')).toBe('cloudformation');
    expect(classifyIacContent('a.yaml', 'x:\n      AWSTemplateFormatVersion: 1\n')).toBeUndefined();
  });
  it('claims a broken template so its error is reported', () => {
    expect(classifyIacContent('broken.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n')).toBe('cloudformation');
  });
});

describe('walkIacFiles', () => {
  let base: string;
  let root: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'parapet-walk-'));
    root = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    mkdirSync(path.join(root, 'stacks', 'nested'), { recursive: true });
    mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(root, '.terraform', 'modules'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(root, 'stacks', 'app.yaml'), CFN_YAML);
    writeFileSync(path.join(root, 'stacks', 'nested', 'db.json'), CFN_JSON);
    writeFileSync(path.join(root, 'plan.json'), PLAN);
    writeFileSync(path.join(root, 'main.tf'), 'resource "aws_s3_bucket" "b" {}\n');
    writeFileSync(path.join(root, 'README.md'), '# not iac');
    writeFileSync(path.join(root, 'k8s.yaml'), 'kind: Pod\n');
    writeFileSync(path.join(root, '.git', 'x.yaml'), CFN_YAML);
    writeFileSync(path.join(root, 'node_modules', 'pkg', 'x.yaml'), CFN_YAML);
    writeFileSync(path.join(root, '.terraform', 'modules', 'm.tf'), 'resource "x" "y" {}');
    writeFileSync(path.join(root, 'big.yaml'), CFN_YAML + `# ${'x'.repeat(2000)}\n`);
    writeFileSync(path.join(outside, 'secret.yaml'), CFN_YAML);
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'link-out.yaml'));
    symlinkSync(outside, path.join(root, 'dir-out'));
    symlinkSync(path.join(root, 'stacks'), path.join(root, 'dir-in'));
    symlinkSync(root, path.join(root, 'stacks', 'loop'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('finds IaC files by content, skips tool folders and never leaves the root', async () => {
    const { files, issues } = await walkIacFiles([root], { maxFileBytes: 1000 });
    const found = files.map((f) => `${f.relPath}:${f.kind}`).sort();
    expect(found).toEqual(['main.tf:terraform', 'plan.json:terraform-plan', 'stacks/app.yaml:cloudformation', 'stacks/nested/db.json:cloudformation']);
    const messages = issues.map((i) => `${i.file}: ${i.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^link-out.yaml: symbolic link points outside the scan root/));
    expect(messages).toContainEqual(expect.stringMatching(/^dir-out: symbolic link points outside/));
    expect(messages).toContainEqual(expect.stringMatching(/^big.yaml: file is \d+ bytes, over the 1000-byte limit; skipped/));
    expect(issues.every((i) => i.kind === 'skipped')).toBe(true);
  });
  it('accepts single files and reports missing paths', async () => {
    const { files, issues } = await walkIacFiles([path.join(root, 'stacks', 'app.yaml'), path.join(root, 'nope')]);
    expect(files.map((f) => f.relPath)).toEqual(['app.yaml']);
    expect(issues[0]).toMatchObject({ kind: 'skipped', message: expect.stringMatching(/ENOENT/) });
  });

  it('lists the same files and issues as walkIacFiles without keeping their text, and reads each back on demand', async () => {
    const walked = await walkIacFiles([root], { maxFileBytes: 1000 });
    const listed = await listIacFiles([root], { maxFileBytes: 1000 });
    expect(listed.issues).toEqual(walked.issues);
    expect(listed.files.map((f) => [f.path, f.root, f.relPath, f.kind])).toEqual(walked.files.map((f) => [f.path, f.root, f.relPath, f.kind]));
    expect(listed.files.every((f) => !('content' in f))).toBe(true);
    const issues: SourceIssue[] = [];
    expect(listed.files.map((f) => readIacFile(f, issues, { maxFileBytes: 1000 }))).toEqual(walked.files.map((f) => f.content));
    expect(listed.files.map((f) => f.size)).toEqual(walked.files.map((f) => Buffer.byteLength(f.content)));
    expect(issues).toEqual([]);
  });
  it('reads a file reached through a link from its target', async () => {
    const { files } = await listIacFiles([path.join(root, 'dir-in')]);
    const app = files.find((f) => f.relPath === 'app.yaml');
    expect(app?.path).toBe(path.join(root, 'dir-in', 'app.yaml'));
    expect(app?.realPath).toBe(path.join(realpathSync(root), 'stacks', 'app.yaml'));
    expect(app && readIacFile(app, [])).toBe(CFN_YAML);
  });
  it('turns a file that grew past the limit, vanished or became unreadable after the listing into an issue', async () => {
    const dir = path.join(base, 'changing');
    mkdirSync(dir);
    for (const name of ['grows.tf', 'gone.tf', 'locked.tf']) writeFileSync(path.join(dir, name), 'resource "x" "y" {}\n');
    const { files } = await listIacFiles([dir], { maxFileBytes: 100 });
    expect(files.map((f) => f.relPath)).toEqual(['gone.tf', 'grows.tf', 'locked.tf']);
    writeFileSync(path.join(dir, 'grows.tf'), `# ${'x'.repeat(200)}\n`);
    unlinkSync(path.join(dir, 'gone.tf'));
    chmodSync(path.join(dir, 'locked.tf'), 0);
    const issues: SourceIssue[] = [];
    const texts = files.map((f) => readIacFile(f, issues, { maxFileBytes: 100 }));
    const lockedReadable = process.getuid?.() === 0;
    expect(texts).toEqual([undefined, undefined, lockedReadable ? 'resource "x" "y" {}\n' : undefined]);
    expect(issues.map((i) => `${i.kind} ${i.file}: ${i.message}`)).toEqual([
      'skipped gone.tf: cannot read file: ENOENT',
      'skipped grows.tf: file is 203 bytes, over the 100-byte limit; skipped',
      ...(lockedReadable ? [] : ['skipped locked.tf: cannot read file: EACCES']),
    ]);
  });
});
