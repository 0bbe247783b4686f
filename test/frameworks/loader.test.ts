import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParapetError, ValidationErrors } from '../../src/core/index.js';
import { builtinFrameworkIds, loadFrameworks, parseFramework } from '../../src/frameworks/index.js';

const VALID = `id: acme-baseline
name: ACME cloud baseline
version: '1.0'
provider: aws
description: Our own minimum settings for every AWS account.
url: https://example.com/acme-baseline
controls:
  - id: AC-1
    title: Buckets keep object versions
    section: Storage
    rules: [aws-s3-bucket-versioning]
  - id: AC-2
    title: Access reviews happen every quarter
    manual: true
  - id: AC-3
    title: Load balancers drop invalid headers
    rules: []
`;

function rejection(text: string): ParapetError {
  try {
    parseFramework(text, 'acme.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ParapetError);
    expect((err as ParapetError).code).toBe('FRAMEWORK_INVALID');
    return err as ParapetError;
  }
  throw new Error('expected the file to be rejected');
}

describe('parseFramework', () => {
  it('reads a valid file', () => {
    const f = parseFramework(VALID, 'acme.yaml');
    expect(f.id).toBe('acme-baseline');
    expect(f.source).toBe('acme.yaml');
    expect(f.controls).toEqual([
      { id: 'AC-1', title: 'Buckets keep object versions', section: 'Storage', rules: ['aws-s3-bucket-versioning'] },
      { id: 'AC-2', title: 'Access reviews happen every quarter', rules: [], manual: true },
      { id: 'AC-3', title: 'Load balancers drop invalid headers', rules: [] },
    ]);
  });

  it('names file, line and field of an unknown key', () => {
    const err = rejection(VALID.replace('    section: Storage\n', '    section: Storage\n    severity: high\n'));
    expect(err.position).toMatchObject({ file: 'acme.yaml', line: 11, field: 'controls[0].severity' });
    expect(err.message).toContain("unknown key 'severity'");
  });

  it('names the line of an unknown top-level key', () => {
    const err = rejection(VALID.replace('url:', 'owner: me\nurl:'));
    expect(err.position).toMatchObject({ line: 6, field: 'owner' });
  });

  it('rejects a duplicate control id at its second use', () => {
    const err = rejection(VALID.replace('id: AC-3', 'id: AC-1'));
    expect(err.position).toMatchObject({ file: 'acme.yaml', line: 15, field: 'controls[2].id' });
    expect(err.message).toContain("duplicate control id 'AC-1'");
  });

  it('rejects a control without a title', () => {
    const err = rejection(VALID.replace('    title: Access reviews happen every quarter\n', ''));
    expect(err.position).toMatchObject({ line: 12, field: 'controls[1].title' });
    expect(err.message).toContain("'title' is required");
  });

  it('rejects a manual control that lists rules', () => {
    const err = rejection(VALID.replace('    manual: true\n', '    manual: true\n    rules: [aws-s3-bucket-versioning]\n'));
    expect(err.position).toMatchObject({ line: 14, field: 'controls[1].manual' });
  });

  it('rejects malformed rule ids and unquoted numeric versions with a hint', () => {
    expect(rejection(VALID.replace('[aws-s3-bucket-versioning]', '[S3 Versioning]')).position).toMatchObject({ line: 11, field: 'controls[0].rules[0]' });
    expect(rejection(VALID.replace('[aws-s3-bucket-versioning]', '[S3_DATA_PROTECTION]')).hint).toContain('policy-s3-data-protection');
    const err = rejection(VALID.replace("version: '1.0'", 'version: 1.0'));
    expect(err.position).toMatchObject({ line: 3, field: 'version' });
    expect(err.hint).toContain('quote');
  });

  it('rejects an unknown provider and a missing controls list', () => {
    expect(rejection(VALID.replace('provider: aws', 'provider: oracle')).position).toMatchObject({ line: 4, field: 'provider' });
    expect(rejection(VALID.slice(0, VALID.indexOf('controls:'))).message).toContain("'controls' is required");
  });

  it('collects several problems into one error', () => {
    const err = rejection(VALID.replace('provider: aws', 'provider: oracle').replace('id: AC-3', 'id: AC-1'));
    expect(err).toBeInstanceOf(ValidationErrors);
    const problems = (err as ValidationErrors).problems.map((p) => p.position?.field);
    expect(problems).toEqual(['provider', 'controls[2].id']);
    expect(err.describe()).toContain('acme.yaml:4');
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(rejection('id: x\nname: [unclosed\n').position?.file).toBe('acme.yaml');
    const dup = rejection(VALID.replace('name: ACME cloud baseline', 'name: ACME cloud baseline\nname: again'));
    expect(dup.position?.line).toBe(3);
  });

  it('rejects deeply nested input before parsing it', () => {
    const deep = `id: x\ncontrols: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const err = rejection(deep);
    expect(err.message).toMatch(/nested about \d+ levels/);
    expect(err.position).toMatchObject({ file: 'acme.yaml', line: 2 });
    const deepBlock = `id: x\ncontrols:\n${Array.from({ length: 80 }, (_, i) => `${' '.repeat(i * 2)}- a:`).join('\n')}\n`;
    expect(rejection(deepBlock).message).toMatch(/nested/);
  });

  it('rejects a document that is not a mapping', () => {
    expect(rejection('- a\n- b\n').message).toContain('must be a mapping');
  });
});

describe('loadFrameworks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-fw-'));

  it('adds user files after the built-ins', () => {
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, VALID);
    const all = loadFrameworks([file]);
    expect(all.at(-1)?.id).toBe('acme-baseline');
    expect(all.at(-1)?.source).toBe(file);
    expect(all.some((f) => f.id === 'cis-aws-6.0' && f.source === 'builtin')).toBe(true);
  });

  it('refuses a user file that reuses a built-in id', () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, VALID.replace('id: acme-baseline', 'id: cis-aws-6.0'));
    expect(() => loadFrameworks([file])).toThrow(/already used by a built-in framework/);
    expect(() => loadFrameworks([file], { only: ['cis-aws-6.0'] })).toThrow(expect.objectContaining({ position: expect.objectContaining({ file, line: 1, field: 'id' }) }));
  });

  it('loads only the frameworks asked for, and names the known ids for an unknown one', () => {
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, VALID);
    expect(loadFrameworks([file], { only: ['cis-aws-6.0', 'acme-baseline'] }).map((f) => f.id)).toEqual(['cis-aws-6.0', 'acme-baseline']);
    expect(() => loadFrameworks([], { only: ['cis-aws-9.9'] })).toThrow(expect.objectContaining({ code: 'USAGE', hint: expect.stringContaining('cis-aws-6.0') }));
    expect(builtinFrameworkIds()).toContain('nist-800-53-r5');
  });

  it('names a missing file', () => {
    expect(() => loadFrameworks([join(dir, 'nope.yaml')])).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });

  it('names the file and line of an invalid user file', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, VALID.replace('    title: Buckets keep object versions\n', ''));
    expect(() => loadFrameworks([file])).toThrow(expect.objectContaining({ code: 'FRAMEWORK_INVALID', position: expect.objectContaining({ file, line: 8, field: 'controls[0].title' }) }));
  });
});
