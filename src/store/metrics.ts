import type { Severity } from '../core/index.js';
import { SEVERITIES } from '../core/index.js';
import type { Db, SqlValue } from './db.js';
import type { ExceptionRecord, ExceptionState } from './exceptions.js';
import type { SlaPolicy } from './sla.js';
import { DEFAULT_SLA, hoursToMs } from './sla.js';
import { iso } from './sql.js';
import type { MetricsOptions, SeverityMetric, StoreMetrics } from './types.js';

/** Program metrics, aggregated in SQL: the cost grows with open findings and changes, not with scans x findings. */
export async function computeMetrics(db: Db, opts: MetricsOptions, now: Date, exceptionList: readonly ExceptionRecord[]): Promise<StoreMetrics> {
  const sla: SlaPolicy = opts.sla ?? DEFAULT_SLA;
  const scope = opts.scopeId ? ' AND scope_id = ?' : '';
  const sp: SqlValue[] = opts.scopeId ? [opts.scopeId] : [];
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, { open: 0, overdue: 0, resolved: 0, mttrHours: null, slaHours: sla[s], resolvedWithinSla: 0, slaCompliancePct: null } as SeverityMetric]),
  ) as Record<Severity, SeverityMetric>;

  for (const r of await db.all<{ severity: Severity; n: number }>(`SELECT severity, COUNT(*) AS n FROM findings WHERE status = 'FAIL'${scope} GROUP BY severity`, sp)) {
    if (bySeverity[r.severity]) bySeverity[r.severity].open = Number(r.n);
  }
  const resolved = await db.all<{ severity: Severity; n: number; avg: number | null }>(
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
    const [o] = await db.all<{ n: number }>(
      `SELECT COUNT(*) AS n FROM findings WHERE status = 'FAIL' AND severity = ? AND open_since < ?${scope}`,
      [s, now.getTime() - limit, ...sp],
    );
    m.overdue = Number(o?.n ?? 0);
    const [w] = await db.all<{ n: number }>(
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
  const [reo] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM findings WHERE reopened_count > 0${scope}`, sp);
  const [reoEv] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM finding_events WHERE kind = 'reopened'${scope}`, sp);
  const [scans] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM scans WHERE 1 = 1${scope}`, sp);

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
  const scoreRows = await db.all<{ id: string; finished_at: number; framework: string; passed: number; failed: number }>(
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
  for (const e of exceptionList) exceptions[e.state]++;

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
