import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationErrors } from '../core/index.js';
import { MAX_POLICY_DEPTH, estimateNestingDepth, loadPolicies } from './index.js';
import { catchError, problemsFrom, testTypes } from './testing.js';

const seedYaml = (controls: string[], type = 'aws_s3_bucket') => `policy: S3_DATA_PROTECTION
description: Sensitive buckets are protected
criteria:
  - resource_type: ${type}
    tags: ["data_classification:sensitive"]
    required_controls:
${controls.map((c) => `      - ${JSON.stringify(c)}`).join('\n')}
`;

const only = (text: string, file = 'p.yaml') => {
  const problems = problemsFrom(text, file);
  expect(problems, problems.map((p) => p.describe()).join('\n')).toHaveLength(1);
  return problems[0]!;
};

describe('policy files are rejected with file, line and field', () => {
  it('YAML syntax error', () => {
    const p = only('policy: X\ndescription: [unclosed\ncriteria: []\n', 'bad.yaml');
    expect(p.code).toBe('POLICY_INVALID');
    expect(p.position?.file).toBe('bad.yaml');
    expect(p.position?.line).toBeGreaterThanOrEqual(2);
    expect(p.describe()).toMatch(/^bad\.yaml:\d+:\d+: syntax error/);
  });

  it('JSON syntax error on the right line', () => {
    const json = '{\n  "policy": "X",\n  "description": "d",\n  "criteria": [ { "resource_type": "aws_s3_bucket" } ]\n  "remediation": {}\n}\n';
    const p = problemsFrom(json, 'bad.json')[0]!;
    expect(p.position?.file).toBe('bad.json');
    expect(p.position?.line).toBe(5);
    expect(p.describe()).toContain('bad.json:5');
  });

  it('unknown attribute in a seed control', () => {
    const p = only(seedYaml(['encryption.enabled = true', 'versioning.enabled = true', 'logging.enabled = true', 'loging.enabled = true']));
    expect(p.position).toMatchObject({ file: 'p.yaml', line: 10, field: 'criteria[0].required_controls[3]' });
    expect(p.describe()).toContain("p.yaml:10:9: field 'criteria[0].required_controls[3]'");
    expect(p.message).toContain("unknown attribute 'loging.enabled'");
    expect(p.message).toContain('logging'); // lists the known names
  });

  it('unknown nested attribute in a seed control names the parent', () => {
    const p = only(seedYaml(['versioning.mfa_delete_enabled = true']));
    expect(p.message).toContain("unknown attribute 'versioning.mfa_delete_enabled' (model name 'versioning.mfaDeleteEnabled'): 'versioning' has enabled, mfaDelete, status");
  });

  it('type mismatch: a bool compared with a string', () => {
    const p = only(seedYaml(['encryption.enabled = true', "versioning.enabled = 'yes'"]));
    expect(p.position).toMatchObject({ line: 8, field: 'criteria[0].required_controls[1]' });
    expect(p.message).toContain("type mismatch: 'versioning.enabled' is a bool but is compared with 'yes'");
  });

  it('a value outside an enum', () => {
    const p = only(seedYaml(["encryption.type = 'aws:kms' OR encryption.type = 'KMS'"]));
    expect(p.message).toContain("'KMS' is not a possible value of 'encryption.type'");
    expect(p.message).toContain('at character 50');
  });

  it('unknown resource type', () => {
    const p = only(seedYaml(['versioning.enabled = true'], 'aws_s3_bukket'));
    expect(p.position).toMatchObject({ file: 'p.yaml', line: 4, field: 'criteria[0].resource_type' });
    expect(p.message).toContain("unknown resource type 'aws_s3_bukket'");
    expect(p.message).toContain('aws.s3.bucket (aws_s3_bucket)');
  });

  it('bad severity', () => {
    const p = only(`id: x-policy\ntitle: A title that is long enough\nseverity: urgent\ndescription: d\nselect: { type: aws.s3.bucket }\nconditions: ["resource.versioning.enabled"]\n`);
    expect(p.position).toMatchObject({ line: 3, field: 'severity' });
    expect(p.message).toContain('severity "urgent" is not one of critical, high, medium, low, info');
  });

  it('CEL type mismatch and unknown attribute with their fields', () => {
    const problems = problemsFrom(`id: x-policy
title: A title that is long enough
severity: high
description: d
select: { type: aws_s3_bucket }
conditions:
  - cel: resource.versioning.enabled == "true"
  - cel: resource.versioning.enabeld
    message: typo
  - resource.acl.grants.size()
`);
    expect(problems.map((p) => [p.position?.line, p.position?.field])).toEqual([
      [7, 'conditions[0].cel'],
      [8, 'conditions[1].cel'],
      [10, 'conditions[2]'],
    ]);
    expect(problems[0]!.message).toContain('no such overload: bool == string');
    expect(problems[1]!.message).toContain("unknown attribute 'versioning.enabeld'");
    expect(problems[2]!.message).toContain('a condition must give a bool');
  });

  it('CEL syntax error', () => {
    const p = only(`id: x-policy\ntitle: A title that is long enough\nseverity: high\ndescription: d\nselect: { type: aws.s3.bucket }\nconditions: ["resource.versioning.enabled = true"]\n`);
    expect(p.position).toMatchObject({ line: 6, field: 'conditions[0]' });
    expect(p.message).toMatch(/Unexpected character: =.*at character 29/);
  });

  it('control syntax error says where', () => {
    const p = only(seedYaml(['versioning.enabled = ']));
    expect(p.message).toContain('expected a value');
  });

  it('unknown keys, missing fields and wrong shapes are all reported in one pass', () => {
    const problems = problemsFrom(`policy: P\nseverty: high\ncriteria:\n  - resource_type: aws_s3_bucket\n    required_controls: "versioning.enabled = true"\nremediation: { auto_remediate: "no" }\n`);
    expect(problems.map((p) => p.position?.field)).toEqual(['severty', 'description', 'criteria[0].required_controls', 'remediation.auto_remediate']);
  });

  it('loadPolicies throws ValidationErrors collecting the problems of every file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-bad-'));
    writeFileSync(join(dir, 'a.yaml'), seedYaml(["versioning.enabled = 'yes'"]));
    writeFileSync(join(dir, 'b.json'), '{ "policy": ');
    const err = catchError(() => loadPolicies([dir], testTypes));
    expect(err).toBeInstanceOf(ValidationErrors);
    expect(err.code).toBe('POLICY_INVALID');
    expect((err as ValidationErrors).problems.map((p) => p.position?.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.json')]);
    expect(err.describe()).toContain(`${join(dir, 'a.yaml')}:7:9: field 'criteria[0].required_controls[0]'`);
    expect(err.message).toMatch(/^2 problems in policy files; first: /);
  });
});

describe('hostile input is rejected without crashing', () => {
  it.each([
    ['JSON arrays', `{"policy": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['YAML flow mappings', `policy: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`],
    ['block indentation', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['sequence dashes', `${'- '.repeat(500)}x`],
    ['explicit keys', `${'? '.repeat(500)}x`],
  ])('deep nesting: %s', (_name, text) => {
    const p = only(text, 'deep.yaml');
    expect(p.message).toContain(`at most ${MAX_POLICY_DEPTH} are allowed`);
    expect(p.position?.file).toBe('deep.yaml');
  });

  it('is not fooled by an apostrophe inside a plain word', () => {
    const p = only(`description: don't\nbad: ${'['.repeat(200)}${']'.repeat(200)}\n`);
    expect(p.message).toContain('nested about');
  });

  it('does not count brackets inside strings or comments', () => {
    expect(estimateNestingDepth(`a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}' # ${'['.repeat(500)}\n`)).toBeLessThan(5);
    // Brackets and quotes inside a block scalar (a multi-line CEL expression) are text.
    expect(estimateNestingDepth(`a: |\n${Array.from({ length: 100 }, () => `  [{"(x" && ['y'`).join('\n')}\nb: 1\n`)).toBeLessThan(5);
  });

  it('an alias bomb', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push('policy: *a11');
    const p = only(lines.join('\n'), 'bomb.yaml');
    expect(p.message).toMatch(/alias/i);
  });

  it('an empty file and a non-mapping document', () => {
    expect(only('', 'e.yaml').message).toBe('policy file is empty');
    expect(only('- a\n- b\n').message).toContain('a policy must be a mapping, not a list');
  });
});
