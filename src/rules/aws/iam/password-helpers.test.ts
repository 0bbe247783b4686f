import { describe, expect, it } from 'vitest';
import { liveResource } from '../../../core/fixtures.js';
import { evaluateCase } from '../../testing.js';
import { defineRule } from '../../../core/index.js';
import { characterClassRule } from './password-helpers.js';

describe('password policy helpers', () => {
  const spec = characterClassRule('requireSymbols', 'at least one symbol', 'require_symbols', '--require-symbols');
  const rule = defineRule({ meta: { id: 'aws-test-password-symbols', severity: 'low', ...spec.meta }, check: spec.check });
  it('builds meta naming the requirement and its Terraform argument', () => {
    expect(rule.meta.title).toContain('at least one symbol');
    expect(rule.meta.remediation.terraform).toContain('require_symbols = true');
    expect(rule.meta.sources).toEqual(['live', 'iac']);
  });
  it('fails an account without a custom policy before judging the setting', () => {
    const f = evaluateCase(rule, { name: 'x', resource: liveResource('aws.iam.account', 'a', { passwordPolicy: null }) });
    expect(f.status).toBe('FAIL');
    expect(f.message).toContain('no custom password policy');
  });
});
