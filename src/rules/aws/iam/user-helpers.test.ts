import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes, createContext } from '../../../core/index.js';
import type { EvidenceRecord } from '../../../core/index.js';
import { liveResource } from '../../../core/fixtures.js';
import { accessKeys, keyCreated, keyLastUsed } from './user-helpers.js';

describe('IAM user helpers', () => {
  it('reads keys with their status, id and dates as evidence', () => {
    const user = liveResource('aws.iam.user', 'u', { accessKeys: [{ id: 'AKIA...0001', status: 'Inactive', createdAt: '2024-01-01T00:00:00Z' }, { status: 'Active', lastUsedAt: '2024-02-01T00:00:00Z' }] });
    const record: EvidenceRecord[] = [];
    const ctx = createContext(user, builtinResourceTypes().get('aws.iam.user'), new Inventory([user]), record);
    const keys = accessKeys(ctx);
    expect(keys.map((k) => [k.id, k.active])).toEqual([
      ['AKIA...0001', false],
      ['key 2', true],
    ]);
    expect(keyCreated(ctx, keys[0]!)).toBe('2024-01-01T00:00:00Z');
    expect(keyLastUsed(ctx, keys[1]!)).toBe('2024-02-01T00:00:00Z');
    expect(record.some((r) => r.path === 'accessKeys.1.status')).toBe(true);
  });
});
