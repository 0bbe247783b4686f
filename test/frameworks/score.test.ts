import { describe, expect, it } from 'vitest';
import type { Finding, Status } from '../../src/core/index.js';
import { fingerprint } from '../../src/core/index.js';
import { complianceIndex, describeComplianceRefs, failedControls, groupComplianceRefs, parseFramework, scoreFramework } from '../../src/frameworks/index.js';
import type { Framework } from '../../src/frameworks/index.js';

const FRAMEWORK: Framework = parseFramework(
  `id: test-fw
name: Test framework
version: '1'
provider: aws
description: A framework for scoring tests.
url: https://example.com/fw
controls:
  - { id: C-PASS, title: All pass, section: One, rules: [aws-a-pass, aws-b-pass] }
  - { id: C-FAIL, title: One fails, rules: [aws-a-pass, aws-c-mixed] }
  - { id: C-ERROR, title: One error no fail, rules: [aws-a-pass, aws-d-error] }
  - { id: C-NA, title: Rules ran but nothing in scope, rules: [aws-e-na, aws-f-none] }
  - { id: C-MUTED, title: Only muted, rules: [aws-g-muted] }
  - { id: C-MANUAL, title: A process, manual: true }
  - { id: C-NOT-COVERED, title: No rule yet, rules: [] }
`,
  'test-fw.yaml',
);

function finding(ruleId: string, resource: string, status: Status): Finding {
  return {
    id: fingerprint(ruleId, resource),
    ruleId,
    title: ruleId,
    severity: 'high',
    status,
    message: status,
    resource: { uid: resource, type: 'aws.s3.bucket', provider: 'aws', name: resource },
    evidence: [],
    compliance: [],
    remediation: { text: 'fix it' },
  };
}

const FINDINGS: Finding[] = [
  finding('aws-a-pass', 'r1', 'PASS'),
  finding('aws-a-pass', 'r2', 'PASS'),
  finding('aws-b-pass', 'r1', 'PASS'),
  finding('aws-c-mixed', 'r1', 'FAIL'),
  finding('aws-c-mixed', 'r3', 'PASS'),
  finding('aws-d-error', 'r2', 'ERROR'),
  finding('aws-e-na', 'r1', 'NOT_APPLICABLE'),
  finding('aws-g-muted', 'r4', 'MUTED'),
  finding('aws-unmapped', 'r9', 'FAIL'),
];

describe('scoreFramework', () => {
  const score = scoreFramework(FRAMEWORK, FINDINGS);
  const control = (id: string) => score.controls.find((c) => c.id === id);

  it('gives each control its status', () => {
    expect(Object.fromEntries(score.controls.map((c) => [c.id, c.status]))).toEqual({
      'C-PASS': 'PASS',
      'C-FAIL': 'FAIL',
      'C-ERROR': 'ERROR',
      'C-NA': 'NOT_APPLICABLE',
      'C-MUTED': 'PASS',
      'C-MANUAL': 'MANUAL',
      'C-NOT-COVERED': 'NOT_COVERED',
    });
  });

  it('counts results and compliant resources per control', () => {
    expect(control('C-PASS')).toMatchObject({ section: 'One', results: { pass: 3, fail: 0, error: 0, muted: 0, notApplicable: 0 }, resources: { evaluated: 2, compliant: 2 }, compliantShare: 1 });
    // r1 passes aws-a-pass but fails aws-c-mixed: it is not compliant.
    expect(control('C-FAIL')).toMatchObject({ results: { pass: 3, fail: 1 }, resources: { evaluated: 3, compliant: 2 } });
    expect(control('C-FAIL')?.compliantShare).toBeCloseTo(2 / 3);
    expect(control('C-ERROR')).toMatchObject({ results: { pass: 2, error: 1 }, resources: { evaluated: 2, compliant: 1 }, compliantShare: 0.5 });
    expect(control('C-NA')).toMatchObject({ results: { notApplicable: 1 }, resources: { evaluated: 0, compliant: 0 }, compliantShare: null });
    expect(control('C-MUTED')).toMatchObject({ results: { muted: 1 }, resources: { evaluated: 0 }, compliantShare: null });
  });

  it('totals controls per status and scores the evaluated ones', () => {
    expect(score.byStatus).toEqual({ PASS: 2, FAIL: 1, ERROR: 1, NOT_APPLICABLE: 1, MANUAL: 1, NOT_COVERED: 1 });
    expect(score.totalControls).toBe(7);
    expect(score.automatedControls).toBe(5);
    expect(score.score).toBe(50);
    expect(score.resources).toEqual({ evaluated: 3, compliant: 1 });
    expect(failedControls(score).map((c) => c.id)).toEqual(['C-FAIL']);
  });

  it('ignores findings of rules the framework does not map', () => {
    expect(scoreFramework(FRAMEWORK, [finding('aws-unmapped', 'r9', 'FAIL')]).byStatus.FAIL).toBe(0);
  });

  it('has no score when nothing was evaluated', () => {
    const empty = scoreFramework(FRAMEWORK, []);
    expect(empty.score).toBeNull();
    expect(empty.byStatus).toMatchObject({ NOT_APPLICABLE: 5, PASS: 0, MANUAL: 1, NOT_COVERED: 1 });
  });

  it('is pure: the same input gives the same output', () => {
    expect(scoreFramework(FRAMEWORK, FINDINGS)).toEqual(score);
  });
});

describe('complianceIndex', () => {
  it('lists every control a rule evaluates, in framework order', () => {
    const refs = complianceIndex([FRAMEWORK]);
    expect(refs('aws-a-pass')).toEqual([
      { framework: 'test-fw', control: 'C-PASS' },
      { framework: 'test-fw', control: 'C-FAIL' },
      { framework: 'test-fw', control: 'C-ERROR' },
    ]);
    expect(refs('aws-unmapped')).toEqual([]);
    expect(Object.isFrozen(refs('aws-a-pass'))).toBe(true);
  });
});

describe('describeComplianceRefs', () => {
  const refs = [
    { framework: 'cis-aws-6.0', control: '6.3' },
    { framework: 'aws-fsbp', control: 'EC2.13' },
    { framework: 'cis-aws-6.0', control: '6.4' },
    { framework: 'cis-aws-6.0', control: '6.4' },
  ];
  it('groups by framework in first-seen order, without repeats', () => {
    expect(groupComplianceRefs(refs)).toEqual([
      { framework: 'cis-aws-6.0', controls: ['6.3', '6.4'] },
      { framework: 'aws-fsbp', controls: ['EC2.13'] },
    ]);
    expect(describeComplianceRefs(refs)).toBe('cis-aws-6.0 6.3, 6.4; aws-fsbp EC2.13');
    expect(describeComplianceRefs(refs, 1)).toBe('cis-aws-6.0 6.3 +1 more; aws-fsbp EC2.13');
    expect(describeComplianceRefs([])).toBe('');
  });
});
