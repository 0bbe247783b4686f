import { describe, expect, it } from 'vitest';
import { iacPolicy, livePolicy, noPolicy } from './password-test-helpers.js';

describe('password rule test fixtures', () => {
  it('build distinct account resources', () => {
    const a = livePolicy({ requireSymbols: true });
    const b = iacPolicy({});
    expect(a.uid).not.toBe(b.uid);
    expect(a.attributes.passwordPolicy).toEqual({ state: 'known', value: { minimumLength: 14, requireSymbols: true } });
    expect(noPolicy().attributes.passwordPolicy).toEqual({ state: 'known', value: null });
  });
});
