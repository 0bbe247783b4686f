import { afterEach, describe, expect, it } from 'vitest';
import { ParapetError } from '../../src/core/index.js';
import type { FindingStore } from '../../src/store/index.js';
import { DEFAULT_SLA, MIGRATIONS, scanScope } from '../../src/store/index.js';
import type { FindingSpec } from './fixtures.js';
import { DAY, HOUR, T0, applyMuter, bucket, finding, scan } from './fixtures.js';

/** A fresh, empty database; `open` may be called again to reopen the same one. */
export interface StoreTarget {
  open(clock: () => Date): Promise<FindingStore>;
  cleanup(): Promise<void>;
}

const CIS = [{ framework: 'cis-aws', control: '2.1.1' }];

async function rejects(p: Promise<unknown>, code: string, text: RegExp): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ParapetError);
  expect((e as ParapetError).code).toBe(code);
  expect((e as ParapetError).message).toMatch(text);
}

/** One suite, run against every backend (test/store/sqlite.test.ts, test/store/postgres.test.ts). */
export function storeContract(backend: string, makeTarget: () => Promise<StoreTarget>): void {
  describe(`FindingStore contract: ${backend}`, () => {
    let now = new Date(T0);
    const clock = () => now;
    const cleanups: (() => Promise<void>)[] = [];

    async function fresh(): Promise<{ store: FindingStore; target: StoreTarget }> {
      now = new Date(T0);
      const target = await makeTarget();
      const store = await target.open(clock);
      cleanups.push(async () => {
        await store.close().catch(() => undefined);
        await target.cleanup();
      });
      return { store, target };
    }

    afterEach(async () => {
      for (const c of cleanups.splice(0)) await c();
    });

    it('applies every migration on open, once', async () => {
      const { store, target } = await fresh();
      const all = MIGRATIONS.map((m) => m.version);
      expect(await store.migrations()).toEqual(all);
      await store.close();
      const again = await target.open(clock);
      cleanups.push(() => again.close());
      expect(await again.migrations()).toEqual(all);
    });

    it('records scan metadata: sources, accounts, regions, rule set, duration, parse and collection errors', async () => {
      const { store } = await fresh();
      const issues = [
        { kind: 'parse-error' as const, message: 'bad HCL', file: 'main.tf', line: 3 },
        { kind: 'collection-error' as const, message: 'AccessDenied', service: 's3', region: 'us-east-1', operation: 's3:ListBuckets' },
      ];
      const s = scan({ id: 's1', at: T0, findings: [finding({ rule: 'r.a', uid: 'u1', status: 'FAIL' })], regions: ['us-east-1', 'eu-west-1'], issues, durationMs: 4200 });
      const summary = await store.recordScan({ result: s });
      expect(summary).toMatchObject({ scanId: 's1', findings: 1, new: 1, resolved: 0, events: 1, scopeId: scanScope(s.scan).id });
      const got = await store.getScan('s1');
      expect(got).toMatchObject({
        id: 's1',
        sources: ['aws'],
        accounts: ['111111111111'],
        regions: ['us-east-1', 'eu-west-1'],
        ruleSetVersion: 'rules-2026.01',
        toolVersion: '0.1.0',
        durationMs: 4200,
        parseErrors: 1,
        collectionErrors: 1,
        finishedAt: new Date(T0).toISOString(),
        findings: 1,
      });
      expect(got?.issues).toEqual(issues);
      expect(await store.getScan('nope')).toBeUndefined();
      expect((await store.listScans()).map((x) => x.id)).toEqual(['s1']);
    });

    it('refuses a scan recorded twice or out of order', async () => {
      const { store } = await fresh();
      await store.recordScan({ result: scan({ id: 's1', at: T0 + DAY, findings: [] }) });
      await rejects(store.recordScan({ result: scan({ id: 's1', at: T0 + 2 * DAY, findings: [] }) }), 'STORE', /already recorded/);
      await rejects(store.recordScan({ result: scan({ id: 's0', at: T0, findings: [] }) }), 'STORE', /finished before/);
      expect((await store.listScans()).length).toBe(1);
    });

    it('lifecycle over three evolving scans: new, resolved, reopened, time to remediate, SLA, an exception expiring', async () => {
      const { store } = await fresh();
      const t1 = T0;
      const t2 = T0 + 2 * DAY;
      const t3 = T0 + 10 * DAY;
      const both = ['us-east-1', 'eu-west-1'];
      const f = (spec: FindingSpec) => finding(spec);

      // E's exception: valid through Jan 5 (expires Jan 6 00:00), so between scan 2 (Jan 3) and scan 3 (Jan 11).
      now = new Date(t1);
      const exc = await store.addException(
        { rule: 'r.e', resource: 'arn:aws:s3:::e-*', reason: 'legacy bucket, migration booked', approver: 'ciso@example.com', expires: '2026-01-05' },
        { actor: 'alice', source: 'cli' },
      );
      expect(exc.state).toBe('active');

      now = new Date(t1);
      const s1 = await store.recordScan({
        result: scan({
          id: 's1',
          at: t1,
          regions: both,
          findings: [
            f({ rule: 'r.a', uid: 'arn:aws:s3:::a', status: 'FAIL', severity: 'critical', compliance: CIS }),
            f({ rule: 'r.b', uid: 'arn:aws:s3:::b', status: 'FAIL', severity: 'high', compliance: CIS }),
            f({ rule: 'r.c', uid: 'arn:aws:s3:::c', status: 'FAIL', severity: 'medium' }),
            f({ rule: 'r.d', uid: 'arn:aws:s3:::d', status: 'PASS', severity: 'low', compliance: CIS }),
            f({ rule: 'r.f', uid: 'arn:aws:s3:::f', status: 'FAIL', severity: 'low', region: 'eu-west-1' }),
          ],
        }),
      });
      expect(s1).toMatchObject({ new: 4, resolved: 0, reopened: 0 });

      now = new Date(t2);
      const muter2 = await store.exceptionMuter();
      const scan2 = applyMuter(
        [
          f({ rule: 'r.a', uid: 'arn:aws:s3:::a', status: 'PASS', severity: 'critical', compliance: CIS }),
          f({ rule: 'r.b', uid: 'arn:aws:s3:::b', status: 'FAIL', severity: 'high', compliance: CIS }),
          f({ rule: 'r.d', uid: 'arn:aws:s3:::d', status: 'PASS', severity: 'low', compliance: CIS }),
          f({ rule: 'r.e', uid: 'arn:aws:s3:::e-legacy', status: 'FAIL', severity: 'high' }),
        ],
        muter2.muter,
      );
      const muted = scan2.find((x) => x.ruleId === 'r.e');
      expect(muted?.status).toBe('MUTED');
      expect(muted?.mute).toMatchObject({ source: 'exception', approver: 'ciso@example.com', exceptionId: exc.id, mutedStatus: 'FAIL' });
      // Scan 2 covers us-east-1 only: F (eu-west-1) is not seen but not resolved either.
      const s2 = await store.recordScan({ result: scan({ id: 's2', at: t2, regions: ['us-east-1'], findings: scan2 }) });
      expect(s2).toMatchObject({ new: 0, resolved: 2, reopened: 0 });

      now = new Date(t3);
      const muter3 = await store.exceptionMuter();
      const scan3 = applyMuter(
        [
          f({ rule: 'r.a', uid: 'arn:aws:s3:::a', status: 'FAIL', severity: 'critical', compliance: CIS }),
          f({ rule: 'r.b', uid: 'arn:aws:s3:::b', status: 'FAIL', severity: 'high', compliance: CIS }),
          f({ rule: 'r.d', uid: 'arn:aws:s3:::d', status: 'PASS', severity: 'low', compliance: CIS }),
          f({ rule: 'r.e', uid: 'arn:aws:s3:::e-legacy', status: 'FAIL', severity: 'high' }),
          f({ rule: 'r.g', uid: 'arn:aws:s3:::g', status: 'FAIL', severity: 'medium' }),
        ],
        muter3.muter,
      );
      expect(scan3.find((x) => x.ruleId === 'r.e')?.status).toBe('FAIL');
      expect(muter3.expired).toEqual([expect.objectContaining({ exceptionId: exc.id, ruleId: 'r.e', resourceUid: 'arn:aws:s3:::e-legacy' })]);
      const s3 = await store.recordScan({ result: scan({ id: 's3', at: t3, regions: both, findings: scan3 }) });
      expect(s3).toMatchObject({ new: 2, resolved: 1, reopened: 1, findings: 5 });

      // Lifecycle fields.
      const byRule = new Map((await store.findings()).map((x) => [x.ruleId, x]));
      expect(byRule.get('r.a')).toMatchObject({ status: 'FAIL', reopenedCount: 1, openSince: new Date(t3).toISOString(), resolvedAt: null, firstSeenScan: 's1' });
      expect(byRule.get('r.b')).toMatchObject({ status: 'FAIL', firstSeenAt: new Date(t1).toISOString(), lastSeenAt: new Date(t3).toISOString(), lastSeenScan: 's3', openSince: new Date(t1).toISOString() });
      expect(byRule.get('r.c')).toMatchObject({ status: 'ABSENT', resolvedAt: new Date(t2).toISOString(), lastSeenScan: 's1', openSince: null });
      expect(byRule.get('r.f')).toMatchObject({ status: 'ABSENT', resolvedAt: new Date(t3).toISOString(), lastSeenScan: 's1' });
      expect(byRule.get('r.e')).toMatchObject({ status: 'FAIL', openSince: new Date(t3).toISOString(), firstSeenScan: 's2' });
      expect(byRule.get('r.a')?.finding.compliance).toEqual(CIS);

      // Status history: one row per change, not per scan.
      const aId = byRule.get('r.a')?.id ?? '';
      expect((await store.history(aId)).map((h) => [h.scanId, h.kind, h.from, h.to])).toEqual([
        ['s1', 'new', null, 'FAIL'],
        ['s2', 'resolved', 'FAIL', 'PASS'],
        ['s3', 'reopened', 'PASS', 'FAIL'],
      ]);
      expect((await store.history(byRule.get('r.b')?.id ?? '')).length).toBe(1);
      expect((await store.history(byRule.get('r.e')?.id ?? '')).map((h) => [h.kind, h.to])).toEqual([
        ['new', 'MUTED'],
        ['opened', 'FAIL'],
      ]);

      // Diff of the last two scans.
      const d = await store.diff();
      expect([d.from.id, d.to.id]).toEqual(['s2', 's3']);
      expect(d.new.map((x) => x.ruleId)).toEqual(['r.a', 'r.e', 'r.g']);
      expect(d.new[0]).toMatchObject({ title: 'title of r.a', resourceUid: 'arn:aws:s3:::a', before: { status: 'PASS', severity: 'critical' }, after: { status: 'FAIL' } });
      expect(d.resolved.map((x) => [x.ruleId, x.after])).toEqual([['r.f', null]]);
      expect(d.changed).toEqual([]);
      const d12 = await store.diff({ from: 's1', to: 's2' });
      expect(d12.resolved.map((x) => x.ruleId)).toEqual(['r.a', 'r.c']);
      expect(d12.new).toEqual([]);
      expect(d12.changed).toEqual([]);

      // Metrics at scan 3: B (high) has been open 10 days, past its 7-day SLA.
      const m = await store.metrics();
      expect(m.scans).toBe(3);
      expect(m.openBySeverity).toEqual({ critical: 1, high: 2, medium: 1, low: 0, info: 0 });
      expect(m.overdue).toBe(1);
      expect(m.bySeverity.high).toMatchObject({ open: 2, overdue: 1, resolved: 0, mttrHours: null, slaHours: 168, slaCompliancePct: 50 });
      expect(m.bySeverity.critical).toMatchObject({ resolved: 1, mttrHours: 48, resolvedWithinSla: 0, slaCompliancePct: 50 });
      expect(m.bySeverity.medium).toMatchObject({ resolved: 1, mttrHours: 48, resolvedWithinSla: 1, slaCompliancePct: 100 });
      expect(m.bySeverity.low).toMatchObject({ resolved: 1, mttrHours: 240, slaCompliancePct: 100 });
      expect(m.slaCompliancePct).toBeCloseTo((100 * 5) / 7, 6);
      expect(m.reopened).toEqual({ findings: 1, events: 1 });
      expect(m.exceptions).toEqual({ active: 0, expired: 1, revoked: 0 });
      expect(m.compliance).toEqual([
        {
          framework: 'cis-aws',
          points: [
            { scanId: 's1', at: new Date(t1).toISOString(), passed: 1, failed: 2, scorePct: (100 * 1) / 3 },
            { scanId: 's2', at: new Date(t2).toISOString(), passed: 2, failed: 1, scorePct: (100 * 2) / 3 },
            { scanId: 's3', at: new Date(t3).toISOString(), passed: 1, failed: 2, scorePct: (100 * 1) / 3 },
          ],
        },
      ]);
      // A stricter SLA changes the answer, the data stays.
      const strict = await store.metrics({ sla: { ...DEFAULT_SLA, medium: 24 } });
      expect(strict.bySeverity.medium.resolvedWithinSla).toBe(0);
      expect((await store.metrics({ since: new Date(t2) })).compliance[0]?.points.map((p) => p.scanId)).toEqual(['s2', 's3']);
      expect((await store.listExceptions({ state: ['expired'] })).map((e) => e.id)).toEqual([exc.id]);
    });

    it('stores a resource version only when its configuration changed, and reports drift per attribute', async () => {
      const { store } = await fresh();
      const r1 = [
        bucket('logs', { versioning: { enabled: false, mfaDelete: false } }, { tags: { env: 'dev' } }),
        bucket('data', { versioning: { enabled: true } }),
        bucket('old', { versioning: { enabled: true } }),
      ];
      const a = await store.recordScan({ result: scan({ id: 's1', at: T0, findings: [] }), resources: r1 });
      expect(a).toMatchObject({ resourceVersions: 3, resourcesRemoved: 0 });
      const r2 = [
        bucket('logs', { versioning: { enabled: true, mfaDelete: false } }, { tags: { env: 'prod' } }),
        bucket('data', { versioning: { enabled: true } }),
        bucket('new', { versioning: { enabled: false } }),
      ];
      // Moving a block in a file is not a configuration change.
      r2[1]!.provenance = { kind: 'live', source: 'aws', operations: ['s3:GetBucketVersioning'] };
      const b = await store.recordScan({ result: scan({ id: 's2', at: T0 + DAY, findings: [] }), resources: r2 });
      expect(b).toMatchObject({ resourceVersions: 2, resourcesRemoved: 1 });
      const c = await store.recordScan({ result: scan({ id: 's3', at: T0 + 2 * DAY, findings: [] }), resources: r2 });
      expect(c).toMatchObject({ resourceVersions: 0, resourcesRemoved: 0 });

      const d = await store.diff({ from: 's1', to: 's2' });
      expect(d.drift.map((x) => [x.uid, x.change])).toEqual([
        ['arn:aws:s3:::logs', 'modified'],
        ['arn:aws:s3:::new', 'added'],
        ['arn:aws:s3:::old', 'removed'],
      ]);
      expect(d.drift[0]?.attributes).toEqual([
        { path: 'attributes.versioning.enabled', before: false, after: true },
        { path: 'tags.env', before: 'dev', after: 'prod' },
      ]);
      expect((await store.diff()).drift).toEqual([]);
    });

    it('keeps scopes apart: a scan of another account resolves nothing here', async () => {
      const { store } = await fresh();
      const x = finding({ rule: 'r.a', uid: 'arn:aws:s3:::a', status: 'FAIL' });
      await store.recordScan({ result: scan({ id: 's1', at: T0, findings: [x] }) });
      const other = await store.recordScan({ result: scan({ id: 'o1', at: T0 + DAY, accounts: ['222222222222'], findings: [] }) });
      expect(other.resolved).toBe(0);
      expect((await store.findings({ status: ['FAIL'] })).length).toBe(1);
      await rejects(store.diff(), 'USAGE', /only scan of its scope/);
      const again = await store.recordScan({ result: scan({ id: 's2', at: T0 + 2 * DAY, findings: [] }) });
      expect(again.resolved).toBe(1);
      expect((await store.diff()).resolved.map((e) => e.ruleId)).toEqual(['r.a']);
      expect((await store.listScans({ scopeId: other.scopeId })).map((s) => s.id)).toEqual(['o1']);
      expect((await store.metrics({ scopeId: other.scopeId })).scans).toBe(1);
    });

    it('a scan of some rules only resolves findings of those rules', async () => {
      const { store } = await fresh();
      const a = finding({ rule: 'r.a', uid: 'x', status: 'FAIL' });
      const b = finding({ rule: 'r.b', uid: 'x', status: 'FAIL' });
      await store.recordScan({ result: scan({ id: 's1', at: T0, findings: [a, b] }) });
      const partial = await store.recordScan({ result: scan({ id: 's2', at: T0 + DAY, findings: [] }), coverage: { rules: ['r.a'] } });
      expect(partial.resolved).toBe(1);
      // s2 did not run r.b: the finding stays open, last seen by s1.
      expect((await store.findings({ status: ['FAIL'] })).map((f) => [f.ruleId, f.lastSeenScan])).toEqual([['r.b', 's1']]);
      expect((await store.getScan('s2'))?.rules).toEqual(['r.a']);
      expect((await store.findings({ ruleId: 'r.a' }))[0]).toMatchObject({ status: 'ABSENT', resolvedAt: new Date(T0 + DAY).toISOString() });
    });

    it('reports a severity or status change that is neither new nor resolved as changed', async () => {
      const { store } = await fresh();
      await store.recordScan({ result: scan({ id: 's1', at: T0, findings: [finding({ rule: 'r.a', uid: 'a', status: 'FAIL', severity: 'high' }), finding({ rule: 'r.b', uid: 'b', status: 'PASS' })] }) });
      await store.recordScan({ result: scan({ id: 's2', at: T0 + HOUR, findings: [finding({ rule: 'r.a', uid: 'a', status: 'FAIL', severity: 'critical' }), finding({ rule: 'r.b', uid: 'b', status: 'ERROR' })] }) });
      const d = await store.diff();
      expect(d.changed.map((e) => [e.ruleId, e.before?.status, e.after?.status, e.after?.severity])).toEqual([
        ['r.a', 'FAIL', 'FAIL', 'critical'],
        ['r.b', 'PASS', 'ERROR', 'high'],
      ]);
      expect(await store.findings({ severity: ['critical'] })).toHaveLength(1);
    });

    it('keeps concurrent calls apart', async () => {
      const { store } = await fresh();
      const fs = (status: 'FAIL' | 'PASS') => [finding({ rule: 'r.a', uid: 'x', status }), finding({ rule: 'r.b', uid: 'x', status })];
      await Promise.all([
        store.recordScan({ result: scan({ id: 'c1', at: T0, accounts: ['1'], findings: fs('FAIL') }) }),
        store.addException({ rule: 'r.a', resource: 'x', reason: 'r', approver: 'a', expires: '2026-02-01' }, { actor: 'u' }),
        store.recordScan({ result: scan({ id: 'c2', at: T0 + HOUR, accounts: ['2'], findings: fs('PASS') }) }),
      ]);
      const got = (await store.findings()).map((f) => [f.firstSeenScan, f.status]).sort();
      expect(got).toEqual([
        ['c1', 'FAIL'],
        ['c1', 'FAIL'],
        ['c2', 'PASS'],
        ['c2', 'PASS'],
      ]);
      expect((await store.listExceptions()).length).toBe(1);
    });

    it('diff needs scans: none, or only one', async () => {
      const { store } = await fresh();
      await rejects(store.diff(), 'USAGE', /no scans/);
      await rejects(store.diff({ from: 'x', to: 'y' }), 'USAGE', /no recorded scan has the id x/);
    });

    it('exceptions: add, list, revoke, import; every change audited', async () => {
      const { store } = await fresh();
      const ctx = { actor: 'alice', source: 'cli' };
      const a = await store.addException({ id: 'EXC-1', rule: 'aws.s3.*', tags: { env: 'sandbox' }, reason: 'sandbox', approver: 'bob', expires: '2026-03-01' }, ctx);
      expect(a).toMatchObject({ id: 'EXC-1', state: 'active', createdBy: 'alice', expiresAt: '2026-03-02T00:00:00.000Z', tags: { env: 'sandbox' } });
      await rejects(store.addException({ id: 'EXC-1', rule: 'x', resource: 'y', reason: 'r', approver: 'a', expires: '2026-03-01' }, ctx), 'USAGE', /already exists/);
      await rejects(store.addException({ rule: 'x', reason: 'r', approver: 'a', expires: '2026-03-01' }, ctx), 'USAGE', /resource selector is required/);
      await rejects(store.addException({ rule: 'x', resource: 'y', reason: 'r', approver: 'a', expires: '03/01/2026' }, ctx), 'USAGE', /not a date/);

      const sum = await store.importExceptions(
        [
          { id: 'EXC-1', rule: 'aws.s3.*', tags: { env: 'sandbox' }, reason: 'sandbox', approver: 'carol', expires: '2026-04-01' },
          { rule: 'aws.iam.root-mfa', resource: 'arn:aws:iam::111111111111:root', reason: 'break-glass', approver: 'ciso', expires: '2026-01-02' },
        ],
        { actor: 'ci', source: 'file:exceptions.yaml' },
      );
      expect(sum.updated).toEqual(['EXC-1']);
      expect(sum.added).toHaveLength(1);
      const derived = sum.added[0] ?? '';
      expect(derived).toMatch(/^exc-[0-9a-f]{12}$/);

      now = new Date(T0 + 3 * DAY);
      const revoked = await store.revokeException('EXC-1', { actor: 'dave', reason: 'bucket deleted' });
      expect(revoked).toMatchObject({ state: 'revoked', revokedBy: 'dave', revokeReason: 'bucket deleted', approver: 'carol' });
      await rejects(store.revokeException('EXC-1', { actor: 'dave' }), 'USAGE', /already revoked/);
      await rejects(store.revokeException('nope', { actor: 'dave' }), 'USAGE', /no exception has the id nope/);
      // Re-importing the file does not bring a revoked exception back.
      const again = await store.importExceptions([{ id: 'EXC-1', rule: 'aws.s3.*', tags: { env: 'sandbox' }, reason: 'sandbox', approver: 'erin', expires: '2026-05-01' }], { actor: 'ci' });
      expect(again.unchanged).toEqual(['EXC-1']);

      expect((await store.listExceptions()).map((e) => [e.id, e.state])).toEqual([
        ['EXC-1', 'revoked'],
        [derived, 'expired'],
      ]);
      expect((await store.listExceptions({ state: ['active'] })).length).toBe(0);
      const audit = await store.exceptionAudit('EXC-1');
      expect(audit.map((x) => [x.action, x.actor])).toEqual([
        ['add', 'alice'],
        ['update', 'ci'],
        ['revoke', 'dave'],
      ]);
      expect(audit[1]?.details).toMatchObject({ changed: { approver: { from: 'bob', to: 'carol' }, expires: { from: '2026-03-01', to: '2026-04-01' } }, source: 'file:exceptions.yaml' });
      expect(audit[2]?.at).toBe(new Date(T0 + 3 * DAY).toISOString());
      expect((await store.exceptionAudit()).length).toBe(4);
    });
  });
}
