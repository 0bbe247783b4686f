import type { Finding, Severity } from '../core/index.js';
import { ParapetError, SEVERITIES } from '../core/index.js';
import type { Db, SqlValue } from './db.js';
import { diffConfig } from './drift.js';
import type { ExceptionInput, ExceptionMuter, ExceptionRecord, ExceptionState } from './exceptions.js';
import { createExceptionMuter, exceptionState, expiryInstant, validateException } from './exceptions.js';
import { MIGRATIONS, appliedMigrations, migrate } from './migrations.js';
import type { ScanCoverage } from './record.js';
import { lastCovering, recordScan, scopeScans } from './record.js';
import type { SlaPolicy } from './sla.js';
import { DEFAULT_SLA, hoursToMs } from './sla.js';
import type {
  DiffEntry,
  ExceptionAuditEntry,
  ExceptionChangeContext,
  FindingQuery,
  FindingStore,
  ImportExceptionsSummary,
  MetricsOptions,
  RecordScanInput,
  RecordScanSummary,
  ResourceDrift,
  ScanDiff,
  ScanRecord,
  SeverityMetric,
  StatusChange,
  StoreMetrics,
  StoredFinding,
  StoredStatus,
} from './types.js';

export interface StoreOptions {
  /** The clock for recording times, exception expiry and metrics; tests inject one. */
  clock?: () => Date;
}

const iso = (ms: number | string | null): string => new Date(Number(ms)).toISOString();
const isoOrNull = (ms: number | string | null): string | null => (ms === null ? null : iso(ms));
const IN_CHUNK = 500;

function chunks<T>(items: readonly T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * The store logic, written once against the small `Db` surface; the SQLite and PostgreSQL stores
 * differ in connection handling and in the bulk "still here" update that dominates a re-scan.
 */
export abstract class SqlFindingStore implements FindingStore {
  abstract readonly backend: 'sqlite' | 'postgres';
  protected readonly clock: () => Date;

  protected constructor(
    protected readonly db: Db,
    opts: StoreOptions,
  ) {
    this.clock = opts.clock ?? (() => new Date());
  }

  /** Applies pending migrations; refuses a database written by a newer Parapet. */
  protected async init(): Promise<void> {
    const applied = await migrate(this.db, this.clock);
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new ParapetError('STORE', `the database has schema version ${newest}; this Parapet knows up to ${known}`, {
        hint: 'upgrade Parapet, or point --db at another database',
      });
    }
  }

  migrations(): Promise<number[]> {
    return appliedMigrations(this.db);
  }

  recordScan(input: RecordScanInput): Promise<RecordScanSummary> {
    return this.db.transaction((tx) => recordScan(tx, input, this.clock().getTime()));
  }

  async listScans(opts: { scopeId?: string; limit?: number } = {}): Promise<ScanRecord[]> {
    const where = opts.scopeId ? 'WHERE scope_id = ?' : '';
    const params: SqlValue[] = opts.scopeId ? [opts.scopeId] : [];
    const limit = opts.limit ? `LIMIT ${Math.max(1, Math.floor(opts.limit))}` : '';
    const rows = await this.db.all(`SELECT * FROM scans ${where} ORDER BY seq DESC ${limit}`, params);
    return rows.map(toScan);
  }

  async getScan(id: string): Promise<ScanRecord | undefined> {
    const [row] = await this.db.all('SELECT * FROM scans WHERE id = ?', [id]);
    return row ? toScan(row) : undefined;
  }

  async findings(q: FindingQuery = {}): Promise<StoredFinding[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const add = (clause: string, ...values: SqlValue[]) => {
      where.push(clause);
      params.push(...values);
    };
    if (q.scopeId) add('f.scope_id = ?', q.scopeId);
    if (q.status?.length) add(`f.status IN (${placeholders(q.status.length)})`, ...q.status);
    if (q.severity?.length) add(`f.severity IN (${placeholders(q.severity.length)})`, ...q.severity);
    if (q.ruleId) add('f.rule_id = ?', q.ruleId);
    if (q.resourceUid) add('f.resource_uid = ?', q.resourceUid);
    const limit = q.limit ? `LIMIT ${Math.max(1, Math.floor(q.limit))}` : '';
    const rows = await this.db.all(
      `SELECT f.*, r.data, a.id AS first_scan, b.id AS last_scan FROM findings f
       JOIN finding_reports r ON r.scope_id = f.scope_id AND r.finding_id = f.finding_id
       JOIN scans a ON a.seq = f.first_seen_seq JOIN scans b ON b.seq = f.last_seen_seq
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.scope_id, f.finding_id ${limit}`,
      params,
    );
    // Unchanged findings are not rewritten on each scan: one still present was last seen by the
    // latest scan of its scope that covered its region.
    const scans = new Map<string, ScanCoverage[]>();
    for (const r of rows) {
      if (r.status === 'ABSENT') continue;
      const scopeId = String(r.scope_id);
      let list = scans.get(scopeId);
      if (!list) scans.set(scopeId, (list = await scopeScans(this.db, scopeId)));
      const seen = lastCovering(list, (r.region as string | null) ?? null, String(r.rule_id));
      if (seen && seen.seq > Number(r.last_seen_seq)) {
        r.last_seen_at = seen.at;
        r.last_scan = seen.id;
      }
    }
    return rows.map(toStoredFinding);
  }

  async history(findingId: string, scopeId?: string): Promise<StatusChange[]> {
    const rows = await this.db.all(
      `SELECT e.*, s.id AS scan_id FROM finding_events e JOIN scans s ON s.seq = e.scan_seq
       WHERE e.finding_id = ? ${scopeId ? 'AND e.scope_id = ?' : ''} ORDER BY e.id`,
      scopeId ? [findingId, scopeId] : [findingId],
    );
    return rows.map((r) => ({
      scanId: String(r.scan_id),
      at: iso(r.at as number),
      from: (r.from_status as StoredStatus | null) ?? null,
      to: r.to_status as StoredStatus,
      severity: r.severity as Severity,
      kind: r.kind as StatusChange['kind'],
    }));
  }

  async diff(opts: { from?: string; to?: string } = {}): Promise<ScanDiff> {
    const given = opts.from ? await this.requireScan(opts.from) : undefined;
    const to = opts.to ? await this.requireScan(opts.to) : await this.latestIn(given?.scopeId);
    if (!to) throw new ParapetError('USAGE', 'no scans are recorded yet', { hint: 'run `parapet scan --db ...` first' });
    const from = given ?? (await this.previousIn(to));
    if (!from) {
      throw new ParapetError('USAGE', `scan ${to.id} is the only scan of its scope`, { hint: 'record another scan of the same sources and accounts, or name two scans' });
    }
    const [before, after] = await this.statesOf(from, to);
    const entries: { cat: 'new' | 'resolved' | 'changed'; id: string; b: State | undefined; a: State | undefined }[] = [];
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(id);
      const a = after.get(id);
      const bFail = b?.status === 'FAIL';
      const aFail = a?.status === 'FAIL';
      if (aFail && !bFail) entries.push({ cat: 'new', id, b, a });
      else if (bFail && !aFail && (!a || a.status === 'PASS' || a.status === 'NOT_APPLICABLE' || a.status === 'ABSENT')) entries.push({ cat: 'resolved', id, b, a });
      else if (b && a && b.status !== 'ABSENT' && a.status !== 'ABSENT' && (b.status !== a.status || b.severity !== a.severity)) {
        entries.push({ cat: 'changed', id, b, a });
      }
    }
    const info = await this.findingInfo(to.scopeId === from.scopeId ? [to.scopeId] : [to.scopeId, from.scopeId], entries.map((e) => e.id));
    const toEntry = (e: (typeof entries)[number]): DiffEntry => {
      const i = info.get(e.id);
      return {
        id: e.id,
        ruleId: i?.ruleId ?? '',
        title: i?.title ?? '',
        resourceUid: i?.resourceUid ?? '',
        before: e.b && e.b.status !== 'ABSENT' ? { status: e.b.status, severity: e.b.severity } : null,
        after: e.a && e.a.status !== 'ABSENT' ? { status: e.a.status, severity: e.a.severity } : null,
      };
    };
    const pick = (cat: string) =>
      entries
        .filter((e) => e.cat === cat)
        .map(toEntry)
        .sort((x, y) => x.ruleId.localeCompare(y.ruleId) || x.resourceUid.localeCompare(y.resourceUid));
    return { from, to, new: pick('new'), resolved: pick('resolved'), changed: pick('changed'), drift: await this.drift(from, to) };
  }

  async metrics(opts: MetricsOptions = {}): Promise<StoreMetrics> {
    const now = this.clock();
    const sla: SlaPolicy = opts.sla ?? DEFAULT_SLA;
    const scope = opts.scopeId ? ' AND scope_id = ?' : '';
    const sp: SqlValue[] = opts.scopeId ? [opts.scopeId] : [];
    const bySeverity = Object.fromEntries(
      SEVERITIES.map((s) => [s, { open: 0, overdue: 0, resolved: 0, mttrHours: null, slaHours: sla[s], resolvedWithinSla: 0, slaCompliancePct: null } as SeverityMetric]),
    ) as Record<Severity, SeverityMetric>;

    for (const r of await this.db.all<{ severity: Severity; n: number }>(`SELECT severity, COUNT(*) AS n FROM findings WHERE status = 'FAIL'${scope} GROUP BY severity`, sp)) {
      if (bySeverity[r.severity]) bySeverity[r.severity].open = Number(r.n);
    }
    const resolved = await this.db.all<{ severity: Severity; n: number; avg: number | null }>(
      `SELECT severity, COUNT(*) AS n, AVG(ttr_ms) AS avg FROM finding_events WHERE kind = 'resolved'${scope} GROUP BY severity`,
      sp,
    );
    for (const r of resolved) {
      const m = bySeverity[r.severity];
      if (!m) continue;
      m.resolved = Number(r.n);
      m.mttrHours = r.avg === null ? null : Number(r.avg) / 3_600_000;
    }
    let slaNum = 0;
    let slaDen = 0;
    let overdue = 0;
    for (const s of SEVERITIES) {
      const m = bySeverity[s];
      const hours = sla[s];
      if (hours === null) continue;
      const limit = hoursToMs(hours);
      const [o] = await this.db.all<{ n: number }>(
        `SELECT COUNT(*) AS n FROM findings WHERE status = 'FAIL' AND severity = ? AND open_since < ?${scope}`,
        [s, now.getTime() - limit, ...sp],
      );
      m.overdue = Number(o?.n ?? 0);
      const [w] = await this.db.all<{ n: number }>(
        `SELECT COUNT(*) AS n FROM finding_events WHERE kind = 'resolved' AND severity = ? AND ttr_ms <= ?${scope}`,
        [s, limit, ...sp],
      );
      m.resolvedWithinSla = Number(w?.n ?? 0);
      const den = m.resolved + m.open;
      const num = m.resolvedWithinSla + m.open - m.overdue;
      m.slaCompliancePct = den ? (100 * num) / den : null;
      slaNum += num;
      slaDen += den;
      overdue += m.overdue;
    }
    const [reo] = await this.db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM findings WHERE reopened_count > 0${scope}`, sp);
    const [reoEv] = await this.db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM finding_events WHERE kind = 'reopened'${scope}`, sp);
    const [scans] = await this.db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM scans WHERE 1 = 1${scope}`, sp);

    const cw: string[] = [];
    const cp: SqlValue[] = [];
    if (opts.scopeId) {
      cw.push('s.scope_id = ?');
      cp.push(opts.scopeId);
    }
    if (opts.since) {
      cw.push('s.finished_at >= ?');
      cp.push(opts.since.getTime());
    }
    const scoreRows = await this.db.all<{ id: string; finished_at: number; framework: string; passed: number; failed: number }>(
      `SELECT s.id, s.finished_at, fs.framework, fs.passed, fs.failed FROM framework_scores fs JOIN scans s ON s.seq = fs.scan_seq
       ${cw.length ? `WHERE ${cw.join(' AND ')}` : ''} ORDER BY fs.framework, s.seq`,
      cp,
    );
    const compliance = new Map<string, StoreMetrics['compliance'][number]>();
    for (const r of scoreRows) {
      let c = compliance.get(r.framework);
      if (!c) compliance.set(r.framework, (c = { framework: r.framework, points: [] }));
      const passed = Number(r.passed);
      const failed = Number(r.failed);
      c.points.push({ scanId: r.id, at: iso(r.finished_at), passed, failed, scorePct: passed + failed ? (100 * passed) / (passed + failed) : null });
    }

    const exceptions: Record<ExceptionState, number> = { active: 0, expired: 0, revoked: 0 };
    for (const e of await this.listExceptions()) exceptions[e.state]++;

    return {
      generatedAt: now.toISOString(),
      scans: Number(scans?.n ?? 0),
      openBySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, bySeverity[s].open])) as Record<Severity, number>,
      bySeverity,
      slaCompliancePct: slaDen ? (100 * slaNum) / slaDen : null,
      overdue,
      reopened: { findings: Number(reo?.n ?? 0), events: Number(reoEv?.n ?? 0) },
      compliance: [...compliance.values()],
      exceptions,
    };
  }

  async addException(input: ExceptionInput, ctx: ExceptionChangeContext): Promise<ExceptionRecord> {
    const e = validateException(input);
    return this.db.transaction(async (tx) => {
      if ((await tx.all('SELECT 1 AS x FROM exceptions WHERE id = ?', [e.id])).length) {
        throw new ParapetError('USAGE', `exception ${e.id} already exists`, { hint: 'revoke it first, or change it in the exceptions file and import the file' });
      }
      await this.insertException(tx, e, ctx);
      return this.requireException(tx, e.id);
    });
  }

  async importExceptions(inputs: readonly ExceptionInput[], ctx: ExceptionChangeContext): Promise<ImportExceptionsSummary> {
    const list = inputs.map((i) => validateException(i));
    const summary: ImportExceptionsSummary = { added: [], updated: [], unchanged: [] };
    await this.db.transaction(async (tx) => {
      for (const e of list) {
        const [row] = await tx.all('SELECT * FROM exceptions WHERE id = ?', [e.id]);
        if (!row) {
          await this.insertException(tx, e, ctx);
          summary.added.push(e.id);
          continue;
        }
        const before = toException(row, this.clock());
        const changed: Record<string, { from: unknown; to: unknown }> = {};
        for (const k of ['rule', 'resource', 'tags', 'reason', 'approver', 'expires'] as const) {
          if (JSON.stringify(before[k] ?? null) !== JSON.stringify(e[k] ?? null)) changed[k] = { from: before[k] ?? null, to: e[k] ?? null };
        }
        // A revoked exception stays revoked: a file still listing it cannot silently reinstate it.
        if (!Object.keys(changed).length || before.revokedAt) {
          summary.unchanged.push(e.id);
          continue;
        }
        const at = this.clock().getTime();
        await tx.run(
          'UPDATE exceptions SET rule = ?, resource = ?, tags = ?, reason = ?, approver = ?, expires = ?, expires_at = ?, source = ?, updated_at = ? WHERE id = ?',
          [e.rule, e.resource ?? null, e.tags ? JSON.stringify(e.tags) : null, e.reason, e.approver, e.expires, expiryMs(e.expires), ctx.source ?? 'api', at, e.id],
        );
        await this.audit(tx, e.id, ctx.actor, 'update', { changed, source: ctx.source ?? 'api' }, at);
        summary.updated.push(e.id);
      }
    });
    return summary;
  }

  async listExceptions(opts: { state?: readonly ExceptionState[] } = {}): Promise<ExceptionRecord[]> {
    const now = this.clock();
    const rows = await this.db.all('SELECT * FROM exceptions ORDER BY id');
    const all = rows.map((r) => toException(r, now));
    return opts.state?.length ? all.filter((e) => opts.state?.includes(e.state)) : all;
  }

  async revokeException(id: string, ctx: ExceptionChangeContext & { reason?: string }): Promise<ExceptionRecord> {
    return this.db.transaction(async (tx) => {
      const before = await this.requireException(tx, id);
      if (before.revokedAt) throw new ParapetError('USAGE', `exception ${id} was already revoked on ${before.revokedAt} by ${before.revokedBy}`);
      const at = this.clock().getTime();
      await tx.run('UPDATE exceptions SET revoked_at = ?, revoked_by = ?, revoke_reason = ?, updated_at = ? WHERE id = ?', [at, ctx.actor, ctx.reason ?? null, at, id]);
      await this.audit(tx, id, ctx.actor, 'revoke', { reason: ctx.reason ?? null, source: ctx.source ?? 'api' }, at);
      return this.requireException(tx, id);
    });
  }

  async exceptionAudit(exceptionId?: string): Promise<ExceptionAuditEntry[]> {
    const rows = await this.db.all(
      `SELECT * FROM exception_audit ${exceptionId ? 'WHERE exception_id = ?' : ''} ORDER BY id`,
      exceptionId ? [exceptionId] : [],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      exceptionId: String(r.exception_id),
      at: iso(r.at as number),
      actor: String(r.actor),
      action: r.action as ExceptionAuditEntry['action'],
      details: JSON.parse(String(r.details)) as Record<string, unknown>,
    }));
  }

  /** A muter over the stored exceptions, judged by the store's clock at each call. */
  async exceptionMuter(): Promise<ExceptionMuter> {
    return createExceptionMuter(await this.listExceptions({ state: ['active', 'expired'] }), this.clock);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async insertException(tx: Db, e: ExceptionInput & { id: string }, ctx: ExceptionChangeContext): Promise<void> {
    const at = this.clock().getTime();
    await tx.run(
      `INSERT INTO exceptions (id, rule, resource, tags, reason, approver, expires, expires_at, source, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [e.id, e.rule, e.resource ?? null, e.tags ? JSON.stringify(e.tags) : null, e.reason, e.approver, e.expires, expiryMs(e.expires), ctx.source ?? 'api', at, ctx.actor, at],
    );
    await this.audit(tx, e.id, ctx.actor, 'add', { exception: e, source: ctx.source ?? 'api' }, at);
  }

  private async audit(tx: Db, id: string, actor: string, action: ExceptionAuditEntry['action'], details: Record<string, unknown>, at: number): Promise<void> {
    await tx.run('INSERT INTO exception_audit (exception_id, at, actor, action, details) VALUES (?, ?, ?, ?, ?)', [id, at, actor, action, JSON.stringify(details)]);
  }

  private async requireException(tx: Db, id: string): Promise<ExceptionRecord> {
    const [row] = await tx.all('SELECT * FROM exceptions WHERE id = ?', [id]);
    if (!row) throw new ParapetError('USAGE', `no exception has the id ${id}`, { hint: 'see `parapet exceptions list`' });
    return toException(row, this.clock());
  }

  private async requireScan(id: string): Promise<ScanRecord> {
    const s = await this.getScan(id);
    if (!s) throw new ParapetError('USAGE', `no recorded scan has the id ${id}`, { hint: 'list scans with the store, or omit the id to diff the last two' });
    return s;
  }

  private async latestIn(scopeId?: string): Promise<ScanRecord | undefined> {
    return (await this.listScans({ ...(scopeId ? { scopeId } : {}), limit: 1 }))[0];
  }

  private async previousIn(scan: ScanRecord): Promise<ScanRecord | undefined> {
    const [row] = await this.db.all('SELECT * FROM scans WHERE scope_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1', [scan.scopeId, scan.seq]);
    return row ? toScan(row) : undefined;
  }

  /**
   * Each finding's status as of two scans, replayed from the status history. Within one scope only
   * findings with a change between the two can differ, so only their history is read.
   */
  private async statesOf(from: ScanRecord, to: ScanRecord): Promise<[Map<string, State>, Map<string, State>]> {
    if (from.scopeId !== to.scopeId) return [await this.statesAt(from), await this.statesAt(to)];
    const [lo, hi] = from.seq < to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
    const ids = await this.db.all<{ finding_id: string }>('SELECT DISTINCT finding_id FROM finding_events WHERE scope_id = ? AND scan_seq > ? AND scan_seq <= ?', [
      from.scopeId,
      lo,
      hi,
    ]);
    const a = new Map<string, State>();
    const b = new Map<string, State>();
    for (const part of chunks(ids.map((r) => r.finding_id))) {
      const rows = await this.db.all<EventRow>(
        `SELECT finding_id, scan_seq, to_status, severity FROM finding_events WHERE scope_id = ? AND scan_seq <= ? AND finding_id IN (${placeholders(part.length)}) ORDER BY id`,
        [from.scopeId, hi, ...part],
      );
      for (const r of rows) {
        const state = { status: r.to_status, severity: r.severity };
        if (Number(r.scan_seq) <= from.seq) a.set(r.finding_id, state);
        if (Number(r.scan_seq) <= to.seq) b.set(r.finding_id, state);
      }
    }
    return [a, b];
  }

  private async statesAt(scan: ScanRecord): Promise<Map<string, State>> {
    const rows = await this.db.all<EventRow>('SELECT finding_id, scan_seq, to_status, severity FROM finding_events WHERE scope_id = ? AND scan_seq <= ? ORDER BY id', [
      scan.scopeId,
      scan.seq,
    ]);
    const out = new Map<string, State>();
    for (const r of rows) out.set(r.finding_id, { status: r.to_status, severity: r.severity });
    return out;
  }

  private async findingInfo(scopes: string[], ids: string[]): Promise<Map<string, { ruleId: string; title: string; resourceUid: string }>> {
    const out = new Map<string, { ruleId: string; title: string; resourceUid: string }>();
    for (const part of chunks(ids)) {
      const rows = await this.db.all<{ finding_id: string; rule_id: string; resource_uid: string; data: string }>(
        `SELECT f.finding_id, f.rule_id, f.resource_uid, r.data FROM findings f
         JOIN finding_reports r ON r.scope_id = f.scope_id AND r.finding_id = f.finding_id
         WHERE f.scope_id IN (${placeholders(scopes.length)}) AND f.finding_id IN (${placeholders(part.length)})`,
        [...scopes, ...part],
      );
      for (const r of rows) out.set(r.finding_id, { ruleId: r.rule_id, resourceUid: r.resource_uid, title: (JSON.parse(r.data) as Finding).title });
    }
    return out;
  }

  /** Resources whose configuration differs between two scans, attribute by attribute. */
  private async drift(from: ScanRecord, to: ScanRecord): Promise<ResourceDrift[]> {
    let uids: string[] | undefined;
    if (from.scopeId === to.scopeId) {
      const [lo, hi] = from.seq < to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
      const rows = await this.db.all<{ uid: string }>('SELECT DISTINCT uid FROM resource_versions WHERE scope_id = ? AND scan_seq > ? AND scan_seq <= ?', [from.scopeId, lo, hi]);
      uids = rows.map((r) => r.uid);
      if (!uids.length) return [];
    }
    const [a, b] = [await this.versionsAt(from, uids), await this.versionsAt(to, uids)];
    const out: ResourceDrift[] = [];
    for (const uid of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const va = a.get(uid);
      const vb = b.get(uid);
      const before = va?.hash ? va : undefined;
      const after = vb?.hash ? vb : undefined;
      if (before?.hash === after?.hash) continue;
      const ref = after ?? before ?? va ?? vb;
      if (!ref) continue;
      const base = { uid, type: ref.type, name: ref.name };
      if (!before) out.push({ ...base, change: 'added', attributes: [] });
      else if (!after) out.push({ ...base, change: 'removed', attributes: [] });
      else out.push({ ...base, change: 'modified', attributes: diffConfig(JSON.parse(before.config ?? 'null'), JSON.parse(after.config ?? 'null')) });
    }
    return out;
  }

  private async versionsAt(scan: ScanRecord, uids: string[] | undefined): Promise<Map<string, Version>> {
    const out = new Map<string, Version>();
    const sql = 'SELECT uid, hash, type, name, config FROM resource_versions WHERE scope_id = ? AND scan_seq <= ?';
    const parts = uids ? chunks(uids) : [undefined];
    for (const part of parts) {
      const rows = await this.db.all<Version & { uid: string }>(
        part ? `${sql} AND uid IN (${placeholders(part.length)}) ORDER BY id` : `${sql} ORDER BY id`,
        part ? [scan.scopeId, scan.seq, ...part] : [scan.scopeId, scan.seq],
      );
      for (const r of rows) out.set(r.uid, r);
    }
    return out;
  }
}

interface EventRow extends Record<string, unknown> {
  finding_id: string;
  scan_seq: number;
  to_status: StoredStatus;
  severity: Severity;
}

interface State {
  status: StoredStatus;
  severity: Severity;
}

interface Version extends Record<string, unknown> {
  hash: string | null;
  type: string;
  name: string;
  config: string | null;
}

function expiryMs(expires: string): number {
  const t = expiryInstant(expires);
  if (!t) throw new ParapetError('USAGE', `'${expires}' is not a date`, { position: { field: 'expires' } });
  return t.getTime();
}

function toScan(r: Record<string, unknown>): ScanRecord {
  return {
    id: String(r.id),
    seq: Number(r.seq),
    scopeId: String(r.scope_id),
    startedAt: iso(r.started_at as number),
    finishedAt: iso(r.finished_at as number),
    durationMs: Number(r.duration_ms),
    sources: JSON.parse(String(r.sources)) as string[],
    accounts: JSON.parse(String(r.accounts)) as string[],
    regions: JSON.parse(String(r.regions)) as string[],
    rules: r.rules === null ? null : (JSON.parse(String(r.rules)) as string[]),
    ruleSetVersion: String(r.rule_set_version),
    toolVersion: String(r.tool_version),
    parseErrors: Number(r.parse_errors),
    collectionErrors: Number(r.collection_errors),
    issues: JSON.parse(String(r.issues)) as ScanRecord['issues'],
    findings: Number(r.findings),
  };
}

function toStoredFinding(r: Record<string, unknown>): StoredFinding {
  return {
    scopeId: String(r.scope_id),
    id: String(r.finding_id),
    ruleId: String(r.rule_id),
    severity: r.severity as Severity,
    status: r.status as StoredStatus,
    firstSeenAt: iso(r.first_seen_at as number),
    firstSeenScan: String(r.first_scan),
    lastSeenAt: iso(r.last_seen_at as number),
    lastSeenScan: String(r.last_scan),
    openSince: isoOrNull(r.open_since as number | null),
    resolvedAt: isoOrNull(r.resolved_at as number | null),
    reopenedCount: Number(r.reopened_count),
    finding: JSON.parse(String(r.data)) as Finding,
  };
}

function toException(r: Record<string, unknown>, now: Date): ExceptionRecord {
  const e: ExceptionRecord = {
    id: String(r.id),
    rule: String(r.rule),
    reason: String(r.reason),
    approver: String(r.approver),
    expires: String(r.expires),
    expiresAt: iso(r.expires_at as number),
    state: 'active',
    source: String(r.source),
    createdAt: iso(r.created_at as number),
    createdBy: String(r.created_by),
    updatedAt: iso(r.updated_at as number),
  };
  if (r.resource !== null) e.resource = String(r.resource);
  if (r.tags !== null) e.tags = JSON.parse(String(r.tags)) as Record<string, string>;
  if (r.revoked_at !== null) {
    e.revokedAt = iso(r.revoked_at as number);
    e.revokedBy = String(r.revoked_by);
    if (r.revoke_reason !== null) e.revokeReason = String(r.revoke_reason);
  }
  e.state = exceptionState(e, now);
  return e;
}
