import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ParapetError } from '../../src/core/index.js';
import type { Migration } from '../../src/store/index.js';
import {
  DEFAULT_SLA,
  MIGRATIONS,
  SqliteFindingStore,
  annotateSla,
  configHash,
  configText,
  diffConfig,
  migrationSql,
  openStore,
  overdueFindings,
  resolveSla,
  scanScope,
  transition,
} from '../../src/store/index.js';
import { SqliteDb, numberPlaceholders } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrations.js';
import { DAY, HOUR, T0, bucket } from './fixtures.js';

describe('SLA', () => {
  it('defaults to the seed table and takes overrides', () => {
    expect(DEFAULT_SLA).toEqual({ critical: 24, high: 168, medium: 720, low: 2160, info: null });
    expect(resolveSla({ critical: '12h', high: '3d', low: '2w', info: 48 })).toEqual({ critical: 12, high: 72, medium: 720, low: 336, info: 48 });
    expect(() => resolveSla({ urgent: '1d' }, 'parapet.yaml')).toThrow(/unknown severity 'urgent'/);
    expect(() => resolveSla({ high: 'soon' })).toThrow(/'soon' is not a duration/);
  });

  it('flags failing findings past their SLA, most overdue first', () => {
    const now = new Date(T0 + 10 * DAY);
    const fs = [
      { id: 'a', severity: 'high' as const, status: 'FAIL' as const, openSince: new Date(T0).toISOString() },
      { id: 'b', severity: 'critical' as const, status: 'FAIL' as const, openSince: new Date(T0 + 9 * DAY).toISOString() },
      { id: 'c', severity: 'medium' as const, status: 'FAIL' as const, openSince: new Date(T0).toISOString() },
      { id: 'd', severity: 'critical' as const, status: 'MUTED' as const, openSince: new Date(T0).toISOString() },
      { id: 'e', severity: 'info' as const, status: 'FAIL' as const, openSince: new Date(T0).toISOString() },
    ];
    // b (critical) is exactly at its 24 hours: due, not overdue.
    expect(overdueFindings(fs, DEFAULT_SLA, now).map((f) => [f.id, f.sla.overdueHours])).toEqual([['a', 72]]);
    const all = annotateSla(fs, DEFAULT_SLA, now);
    expect(all[1]?.sla).toEqual({ slaHours: 24, dueAt: new Date(T0 + 10 * DAY).toISOString(), overdue: false, overdueHours: 0 });
    expect(all[3]?.sla.overdue).toBe(false);
    expect(all[4]?.sla).toEqual({ slaHours: null, dueAt: null, overdue: false, overdueHours: 0 });
    expect(overdueFindings(fs, { ...DEFAULT_SLA, critical: 12 }, now).map((f) => f.id)).toEqual(['a', 'b']);
  });
});

describe('lifecycle transitions', () => {
  it('opens, resolves with time to remediate, reopens; MUTED and ERROR keep the episode open', () => {
    const a = transition(undefined, 'FAIL', 'high', 0);
    expect(a.event?.kind).toBe('new');
    const muted = transition(a.next, 'MUTED', 'high', HOUR);
    expect(muted.event).toMatchObject({ kind: 'changed', from: 'FAIL' });
    expect(muted.next.openSince).toBe(0);
    const fixed = transition(muted.next, 'PASS', 'high', 5 * HOUR);
    expect(fixed.event).toEqual({ kind: 'resolved', from: 'MUTED', ttrMs: 5 * HOUR });
    expect(transition(fixed.next, 'PASS', 'high', 6 * HOUR).event).toBeUndefined();
    const again = transition(fixed.next, 'FAIL', 'high', 7 * HOUR);
    expect(again.event?.kind).toBe('reopened');
    expect(again.next).toMatchObject({ reopenedCount: 1, openSince: 7 * HOUR, resolvedAt: null });
    expect(transition(transition(undefined, 'PASS', 'low', 0).next, 'FAIL', 'low', 1).event?.kind).toBe('opened');
  });

  it('scopes by sources and accounts, order-insensitive', () => {
    const a = scanScope({ sources: ['aws', 'terraform'], accounts: ['2', '1'] });
    expect(scanScope({ sources: ['terraform', 'aws'], accounts: ['1', '2', '1'] })).toEqual(a);
    expect(scanScope({ sources: ['aws'], accounts: ['1', '2'] }).id).not.toBe(a.id);
  });
});

describe('configuration drift', () => {
  it('ignores provenance and diffs attributes, tags, lists and evidence states by path', () => {
    const a = bucket('x', { versioning: { enabled: false }, rules: [{ cidr: '10.0.0.0/8' }], policy: null }, { tags: { env: 'dev' } });
    const b = structuredClone(a);
    b.provenance = { kind: 'live', source: 'aws', operations: ['s3:GetBucketPolicy'] };
    expect(configHash(configText(a))).toBe(configHash(configText(b)));
    b.attributes.versioning = { state: 'known', value: { enabled: true } };
    b.attributes.rules = { state: 'known', value: [{ cidr: '0.0.0.0/0' }, { cidr: '::/0' }] };
    b.attributes.policy = { state: 'unknown', cause: { kind: 'api-error', message: 'denied' } };
    b.attributes.logging = { state: 'absent' };
    const diff = diffConfig(JSON.parse(configText(a)), JSON.parse(configText(b)));
    expect(diff).toEqual([
      { path: 'attributes.logging', before: undefined, after: { $absent: true } },
      { path: 'attributes.policy', before: null, after: { $unknown: { kind: 'api-error', message: 'denied' } } },
      { path: 'attributes.rules[0].cidr', before: '10.0.0.0/8', after: '0.0.0.0/0' },
      { path: 'attributes.rules[1]', before: undefined, after: { cidr: '::/0' } },
      { path: 'attributes.versioning.enabled', before: false, after: true },
    ]);
  });
});

describe('openStore and migrations', () => {
  it('opens sqlite: URLs and refuses what it does not know', async () => {
    const store = await openStore('sqlite::memory:');
    expect(store.backend).toBe('sqlite');
    expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    await store.close();
    await expect(openStore('mysql://x')).rejects.toThrow(/unsupported database URL/);
    await expect(openStore('sqlite:')).rejects.toThrow(/names no database file/);
    const e = await openStore('postgres://nobody:secret@127.0.0.1:1/x').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ParapetError);
    expect((e as ParapetError).code).toBe('STORE');
    expect((e as ParapetError).message).toMatch(/cannot connect to PostgreSQL/);
  });

  it('applies a later migration forward only, and refuses a database from a newer Parapet', async () => {
    const db = new SqliteDb(':memory:');
    const clock = () => new Date(T0);
    expect(await migrate(db, clock, MIGRATIONS.slice(0, 1))).toEqual([1]);
    const next: Migration = { version: 99, name: 'test', sql: { sqlite: 'CREATE TABLE t99 (x INTEGER)', postgres: 'CREATE TABLE t99 (x BIGINT)' } };
    expect(await migrate(db, clock, [...MIGRATIONS, next])).toEqual([1, 2, 99]);
    expect(await db.all('SELECT * FROM t99')).toEqual([]);
    await db.close();
    expect(migrationSql(MIGRATIONS[0]!, 'postgres')).toContain('BIGSERIAL PRIMARY KEY');
    expect(migrationSql(MIGRATIONS[0]!, 'sqlite')).toContain('INTEGER PRIMARY KEY AUTOINCREMENT');
  });

  it('refuses a database whose schema is newer than this Parapet', async () => {
    const file = `${mkdtempSync(`${tmpdir()}/parapet-mig-`)}/p.db`;
    const db = new SqliteDb(file);
    await migrate(db, () => new Date(T0), [...MIGRATIONS, { version: 1000, name: 'future', sql: 'CREATE TABLE future (x INTEGER)' }]);
    await db.close();
    await expect(SqliteFindingStore.open(file)).rejects.toThrow(/schema version 1000/);
  });

  it('numbers placeholders outside quotes for PostgreSQL', () => {
    expect(numberPlaceholders("SELECT ? , '?' , \"a?\", ?")).toBe("SELECT $1 , '?' , \"a?\", $2");
  });
});
