import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../core/index.js';
import { builtinResourceTypes, defineRule } from '../../../core/index.js';
import { evaluate } from '../../../engine/index.js';
import { scanCloudFormation } from './scan.js';
import { createSuppressionMuter } from './suppressions.js';

const FILE = 'test/fixtures/cloudformation/suppressions.yaml';
const content = readFileSync(new URL(`../../../../${FILE}`, import.meta.url), 'utf8');
const lineOf = (needle: string) => content.split('\n').findIndex((l) => l.includes(needle)) + 1;

function bucketRule(id: string, attr: string): Rule {
  return defineRule({
    meta: {
      id,
      title: `Test rule reading ${attr}`,
      severity: 'medium',
      provider: 'aws',
      service: 's3',
      resourceTypes: ['aws.s3.bucket'],
      description: 'A rule used only by the suppression tests.',
      risk: 'None: the rule exists for tests only.',
      remediation: { text: 'Nothing to do here.' },
      references: [],
    },
    check: (ctx) => (ctx.bool(attr) ? ctx.pass('set') : ctx.fail('not set', attr)),
  });
}

describe('inline suppressions', () => {
  const scan = scanCloudFormation([{ path: FILE, content }]);

  it('reads Metadata.parapet.ignore into suppressions with their location', () => {
    expect(scan.suppressions).toEqual([
      { resourceUid: `cloudformation:${FILE}#Logs`, ruleId: 'aws-test-bucket-versioned', reason: 'log bucket, objects are write-once', location: { file: FILE, line: lineOf('id: aws-test-bucket-versioned') } },
      { resourceUid: `cloudformation:${FILE}#Logs`, ruleId: 'aws-test-bucket-logging', reason: 'the log bucket cannot log to itself', location: { file: FILE, line: lineOf('id: aws-test-bucket-logging') } },
    ]);
  });

  it('reports an ignore without a reason, and a malformed block, as errors that suppress nothing', () => {
    expect(scan.issues).toEqual([
      expect.objectContaining({ kind: 'suppression', line: lineOf('id: aws-test-bucket-encrypted'), message: expect.stringMatching(/error: suppression of aws-test-bucket-encrypted has no reason/) }),
      expect.objectContaining({ kind: 'suppression', line: lineOf('ignore: not-a-list') - 1, message: expect.stringMatching(/^Scratch: Metadata.parapet must hold/) }),
    ]);
  });

  it('mutes matching findings through the engine and reports unused suppressions', () => {
    const tracker = createSuppressionMuter(scan.suppressions);
    const rules = [bucketRule('aws-test-bucket-versioned', 'versioning.enabled'), bucketRule('aws-test-bucket-encrypted', 'encryption.enabled')];
    const { findings } = evaluate(scan.resources, { rules, types: builtinResourceTypes(), muters: [tracker.muter] });
    const logs = findings.filter((f) => f.resource.address === 'Logs');
    expect(logs.map((f) => [f.ruleId, f.status])).toEqual([
      ['aws-test-bucket-versioned', 'MUTED'],
      ['aws-test-bucket-encrypted', 'PASS'],
    ]);
    expect(logs[0]?.mute).toEqual({ source: 'inline', reason: 'log bucket, objects are write-once', mutedStatus: 'FAIL' });
    expect(findings.filter((f) => f.resource.address === 'Scratch').every((f) => f.status !== 'MUTED')).toBe(true);
    expect(tracker.unused().map((s) => s.ruleId)).toEqual(['aws-test-bucket-logging']);
    expect(tracker.unusedIssues()).toEqual([
      { kind: 'suppression', file: FILE, line: lineOf('id: aws-test-bucket-logging'), message: `unused suppression of aws-test-bucket-logging on cloudformation:${FILE}#Logs: no finding matched it` },
    ]);
  });

  it('accepts a rule id prefix ending in *', () => {
    const t = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n      parapet:\n        ignore:\n          - { id: "aws-test-bucket-*", reason: sandbox }\n';
    const s = scanCloudFormation([{ path: 't.yaml', content: t }]);
    const tracker = createSuppressionMuter(s.suppressions);
    const { findings } = evaluate(s.resources, { rules: [bucketRule('aws-test-bucket-versioned', 'versioning.enabled')], types: builtinResourceTypes(), muters: [tracker.muter] });
    expect(findings.map((f) => f.status)).toEqual(['MUTED']);
    expect(tracker.unused()).toEqual([]);
  });
});
