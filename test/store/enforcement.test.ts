import { describe, expect, it } from 'vitest';
import { ParapetError, ValidationErrors } from '../../src/core/index.js';
import type { EnforcementPolicy } from '../../src/store/index.js';
import { ENFORCEMENT_PHASES, decideEnforcement, enforce, parseEnforcementYaml } from '../../src/store/index.js';
import { finding } from './fixtures.js';

const POLICY = `version: 1
phase: 1
environments:
  prod:
    accounts: ["111111111111"]
    tags: { environment: prod }
  dev:
    tags: { environment: dev }
policies:
  - rules: ["aws.s3.*"]
    environments: [prod]
    mode: block
  - rule: aws.s3.bucket-logging
    mode: warn
  - rules: ["*"]
    environments: [dev]
    mode: advisory
`;

describe('progressive enforcement', () => {
  const policy = parseEnforcementYaml(POLICY, 'enforcement.yaml');

  it('reads the phase preset, environments and entries', () => {
    expect(policy.default).toBe('advisory');
    expect(policy.policies[0]).toEqual({ rules: ['*'], severities: ['critical'], mode: 'block' });
    expect(policy.policies).toHaveLength(4);
    expect(policy.environments.prod).toEqual({ accounts: ['111111111111'], tags: { environment: 'prod' } });
  });

  it('decides per rule glob and environment; the last matching entry wins', () => {
    const prodS3 = finding({ rule: 'aws.s3.bucket-versioning', uid: 'b', status: 'FAIL', severity: 'medium', account: '111111111111' });
    expect(decideEnforcement(policy, prodS3)).toEqual({ mode: 'block', blocks: true, entry: 1 });
    const otherAccount = finding({ rule: 'aws.s3.bucket-versioning', uid: 'b', status: 'FAIL', severity: 'medium', account: '999999999999' });
    expect(decideEnforcement(policy, otherAccount)).toEqual({ mode: 'advisory', blocks: false });
    expect(decideEnforcement(policy, otherAccount, { tags: { environment: 'prod' } }).mode).toBe('block');
    const logging = finding({ rule: 'aws.s3.bucket-logging', uid: 'b', status: 'FAIL', severity: 'low', account: '111111111111' });
    expect(decideEnforcement(policy, logging)).toMatchObject({ mode: 'warn', blocks: false, entry: 2 });
    const critical = finding({ rule: 'aws.iam.root-mfa', uid: 'root', status: 'FAIL', severity: 'critical', account: '999999999999' });
    expect(decideEnforcement(policy, critical)).toMatchObject({ mode: 'block', blocks: true, entry: 0 });
    expect(decideEnforcement(policy, critical, { tags: { environment: 'dev' } })).toMatchObject({ mode: 'advisory', entry: 3 });
  });

  it('never blocks on passes, errors or muted results', () => {
    for (const status of ['PASS', 'ERROR', 'MUTED', 'NOT_APPLICABLE'] as const) {
      const f = finding({ rule: 'aws.s3.x', uid: 'b', status, account: '111111111111' });
      expect(decideEnforcement(policy, f)).toMatchObject({ mode: 'block', blocks: false });
    }
  });

  it('sorts failing findings into blocking, warnings and advisory with an exit code', () => {
    const fs = [
      finding({ rule: 'aws.s3.bucket-versioning', uid: 'p', status: 'FAIL', account: '111111111111' }),
      finding({ rule: 'aws.s3.bucket-logging', uid: 'q', status: 'FAIL', account: '999999999999' }),
      finding({ rule: 'aws.ec2.x', uid: 'r', status: 'FAIL', account: '999999999999' }),
      finding({ rule: 'aws.ec2.y', uid: 's', status: 'PASS', account: '111111111111' }),
    ];
    const out = enforce(policy, fs);
    expect([out.blocking.length, out.warnings.length, out.advisory.length, out.exitCode]).toEqual([1, 1, 1, 1]);
    const dev = enforce(policy, fs.slice(0, 1), () => ({ environment: 'dev' }));
    expect(dev.exitCode).toBe(0);
  });

  it('the seed phases: advisory with critical blocking, then warning, then enforced', () => {
    const high = finding({ rule: 'r', uid: 'u', status: 'FAIL', severity: 'high' });
    const crit = finding({ rule: 'r', uid: 'u', status: 'FAIL', severity: 'critical' });
    const phase = (n: 1 | 2 | 3): EnforcementPolicy => ({ ...ENFORCEMENT_PHASES[n], environments: {} });
    expect([1, 2, 3].map((n) => decideEnforcement(phase(n as 1 | 2 | 3), high).mode)).toEqual(['advisory', 'warn', 'block']);
    expect([1, 2, 3].map((n) => decideEnforcement(phase(n as 1 | 2 | 3), crit).blocks)).toEqual([true, true, true]);
  });

  it('validates the file: problems name file, line and field', () => {
    const bad = `default: strict
environments:
  prod: {}
policies:
  - rules: ["aws.s3.*"]
    environments: [staging]
    mode: block
  - mode: warn
  - rule: a
    severities: [urgent]
    mode: warn
`;
    let err: unknown;
    try {
      parseEnforcementYaml(bad, 'enf.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationErrors);
    expect((err as ValidationErrors).problems.map((p) => p.describe().split('\n')[0])).toEqual([
      "enf.yaml:1: field 'default': must be one of advisory, warn, block",
      "enf.yaml:10: field 'policies[2].severities[0]': must be one of critical, high, medium, low, info",
    ]);
    const semantic = bad.replace('default: strict', 'default: warn').replace('[urgent]', '[high]');
    try {
      parseEnforcementYaml(semantic, 'enf.yaml');
    } catch (e) {
      err = e;
    }
    expect((err as ValidationErrors).problems.map((p) => p.describe().split('\n')[0])).toEqual([
      "enf.yaml:3: field 'environments.prod': environment 'prod' selects nothing",
      "enf.yaml:6: field 'policies[0].environments': environment 'staging' is not defined",
      "enf.yaml:8: field 'policies[1].rules': give either 'rule' or 'rules'",
    ]);
    expect(() => parseEnforcementYaml('policies: [', 'x.yaml')).toThrow(ParapetError);
  });
});
