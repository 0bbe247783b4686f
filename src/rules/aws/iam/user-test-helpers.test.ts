import { describe, expect, it } from 'vitest';
import { ago, key } from './user-test-helpers.js';

describe('IAM user test fixtures', () => {
  it('date keys relative to now', () => {
    expect(Date.now() - Date.parse(ago(2))).toBeGreaterThanOrEqual(2 * 86_400_000 - 1000);
    expect(key('k', 'Active', 5)).toMatchObject({ id: 'k', status: 'Active', lastUsedAt: null });
  });
});
