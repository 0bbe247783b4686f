import { describe, expect, it } from 'vitest';
import { builtinResourceTypes, defineRule } from '../core/index.js';
import type { Rule } from '../core/index.js';
import { iacResource, liveResource } from '../core/fixtures.js';
import { evaluate, selectRules } from './engine.js';

const types = builtinResourceTypes();
const meta = {
  provider: 'aws' as const,
  service: 's3',
  resourceTypes: ['aws.s3.bucket'],
  description: 'A rule made up for the engine tests only.',
  risk: 'None at all: this rule exists to exercise the engine.',
  remediation: { text: 'Nothing to do here.' },
  references: [],
};
const versioning: Rule = defineRule({
  meta: { ...meta, id: 'aws-test-versioning', title: 'Test rule on versioning', severity: 'medium' },
  check: (ctx) => (ctx.bool('versioning.enabled') ? ctx.pass('on') : ctx.fail('off', 'versioning.enabled')),
});
const crashing: Rule = defineRule({
  meta: { ...meta, id: 'aws-test-crash', title: 'Test rule that throws', severity: 'high' },
  check: () => {
    throw new Error('boom');
  },
});
const liveOnly: Rule = defineRule({
  meta: { ...meta, id: 'aws-test-live-only', title: 'Test rule for live data only', severity: 'low', sources: ['live'] },
  check: (ctx) => ctx.pass('fine'),
});
const rules = [versioning, crashing, liveOnly];

describe('engine', () => {
  const live = liveResource('aws.s3.bucket', 'b', { versioning: { enabled: false } });
  const iac = iacResource('aws.s3.bucket', 'c', { versioning: { enabled: true } }, { location: { file: 'main.tf', line: 3 } });

  it('keeps passes, turns a crash into ERROR for that resource only, and skips rules for other sources', () => {
    const { findings, rulesEvaluated } = evaluate([live, iac], { rules, types });
    expect(rulesEvaluated).toBe(3);
    const by = (id: string, uid: string) => findings.find((f) => f.ruleId === id && f.resource.uid === uid);
    expect(by('aws-test-versioning', live.uid)?.status).toBe('FAIL');
    expect(by('aws-test-versioning', iac.uid)?.status).toBe('PASS');
    expect(by('aws-test-crash', live.uid)).toMatchObject({ status: 'ERROR', error: { kind: 'rule-crashed', message: 'boom' } });
    expect(by('aws-test-live-only', live.uid)?.status).toBe('PASS');
    expect(by('aws-test-live-only', iac.uid)).toBeUndefined();
  });

  it('gives stable fingerprints: same rule and resource, same id', () => {
    const a = evaluate([live], { rules, types }).findings.map((f) => f.id);
    const b = evaluate([live], { rules, types }).findings.map((f) => f.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
  });

  it('filters by id, prefix, severity and provider', () => {
    expect(selectRules(rules, { include: ['aws-test-crash'] }).map((r) => r.meta.id)).toEqual(['aws-test-crash']);
    expect(selectRules(rules, { include: ['aws-test-*'], exclude: ['aws-test-crash'] })).toHaveLength(2);
    expect(selectRules(rules, { minSeverity: 'medium' }).map((r) => r.meta.id).sort()).toEqual(['aws-test-crash', 'aws-test-versioning']);
    expect(selectRules(rules, { providers: ['gcp'] })).toHaveLength(0);
  });

  it('mutes through muters, keeping what the result would have been', () => {
    const { findings } = evaluate([live], {
      rules: [versioning],
      types,
      muters: [(f) => (f.ruleId === 'aws-test-versioning' ? { source: 'exception', reason: 'accepted', approver: 'ciso' } : undefined)],
    });
    expect(findings[0]).toMatchObject({ status: 'MUTED', mute: { reason: 'accepted', approver: 'ciso', mutedStatus: 'FAIL' } });
  });

  it('stamps compliance references from the framework index', () => {
    const { findings } = evaluate([live], { rules: [versioning], types, compliance: () => [{ framework: 'cis-aws-6.0', control: '3.1.2' }] });
    expect(findings[0]?.compliance).toEqual([{ framework: 'cis-aws-6.0', control: '3.1.2' }]);
  });

  it('hands findings to onFinding instead of keeping them, the same findings in the same order', () => {
    const muters = [(f: { ruleId: string }) => (f.ruleId === 'aws-test-crash' ? { source: 'exception' as const, reason: 'known' } : undefined)];
    const compliance = () => [{ framework: 'cis-aws-6.0', control: '3.1.2' }];
    const now = new Date('2026-01-01T00:00:00Z');
    const kept = evaluate([live, iac], { rules, types, muters, compliance, now });
    expect(kept).toMatchObject({ streamed: false, findingCount: kept.findings.length, rulesEvaluated: 3, resources: 2 });
    const got: [string, string][] = [];
    const streamed = evaluate([live, iac], { rules, types, muters, compliance, now, onFinding: (f, r) => got.push([JSON.stringify(f), r.uid]) });
    expect(streamed).toEqual({ findings: [], findingCount: kept.findings.length, streamed: true, rulesEvaluated: 3, resources: 2 });
    expect(got.map(([f]) => f)).toEqual(kept.findings.map((f) => JSON.stringify(f)));
    expect(got.map(([, uid]) => uid)).toEqual(kept.findings.map((f) => f.resource.uid));
  });
});
