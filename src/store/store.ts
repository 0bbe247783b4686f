import type { Finding, Severity } from '../core/index.js';
import { ParapetError } from '../core/index.js';
import type { Db, SqlValue } from './db.js';
import { compareScans } from './diff.js';
import type { ExceptionInput, ExceptionMuter, ExceptionRecord, ExceptionState } from './exceptions.js';
import { createExceptionMuter, exceptionState, expiryInstant, validateException } from './exceptions.js';
import { computeMetrics } from './metrics.js';
import { MIGRATIONS, appliedMigrations, migrate } from './migrations.js';
import type { ScanCoverage } from './record.js';
import { lastCovering, recordScan, scopeScans } from './record.js';
import { iso, isoOrNull, placeholders } from './sql.js';
import type {
  ExceptionAuditEntry,
  ExceptionChangeContext,
  FindingQuery,
  FindingStore,
  ImportExceptionsSummary,
  MetricsOptions,
  RecordScanInput,
  RecordScanSummary,
  ScanDiff,
  ScanRecord,
  StatusChange,
  StoreMetrics,
  StoredFinding,
  StoredStatus,
} from './types.js';

export interface StoreOptions {
  /** The clock for recording times, exception expiry and metrics; tests inject one. */
  clock?: () => Date;
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
    return { from, to, ...(await compareScans(this.db, from, to)) };
  }

  async metrics(opts: MetricsOptions = {}): Promise<StoreMetrics> {
    return computeMetrics(this.db, opts, this.clock(), await this.listExceptions());
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
