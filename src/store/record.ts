import { hash } from 'node:crypto';
import type { Finding, Resource, Severity } from '../core/index.js';
import { ParapetError } from '../core/index.js';
import type { Db, SqlValue } from './db.js';
import { configHash, configText } from './drift.js';
import type { Lifecycle } from './lifecycle.js';
import { regionCovered, scanScope, transition } from './lifecycle.js';
import type { FrameworkCounts, RecordScanInput, RecordScanSummary, StoredStatus } from './types.js';

const FINDING_COLUMNS = [
  'scope_id',
  'finding_id',
  'rule_id',
  'resource_uid',
  'region',
  'severity',
  'status',
  'first_seen_seq',
  'first_seen_at',
  'last_seen_seq',
  'last_seen_at',
  'open_since',
  'resolved_at',
  'reopened_count',
  'data_hash',
] as const;
const FINDING_UPSERT = `ON CONFLICT (scope_id, finding_id) DO UPDATE SET ${FINDING_COLUMNS.slice(2)
  .filter((c) => c !== 'first_seen_seq' && c !== 'first_seen_at')
  .map((c) => `${c} = excluded.${c}`)
  .join(', ')}`;
const EVENT_COLUMNS = ['scope_id', 'finding_id', 'scan_seq', 'at', 'kind', 'from_status', 'to_status', 'severity', 'ttr_ms'];

interface CurrentRow {
  finding_id: string;
  rule_id: string;
  status: StoredStatus;
  severity: Severity;
  region: string | null;
  open_since: number | null;
  resolved_at: number | null;
  reopened_count: number;
  data_hash: string;
}

function parseTime(value: string, field: string): number {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new ParapetError('STORE', `scan ${field} '${value}' is not a date`, { hint: 'pass the ScanResult the engine produced' });
  return t;
}

/** Framework pass/fail counts from compliance refs: ERROR counts as failed (not proven), MUTED not at all. */
export function frameworkCounts(findings: readonly Finding[]): FrameworkCounts[] {
  const by = new Map<string, FrameworkCounts>();
  for (const f of findings) {
    if (!f.compliance.length || (f.status !== 'PASS' && f.status !== 'FAIL' && f.status !== 'ERROR')) continue;
    for (const fw of new Set(f.compliance.map((c) => c.framework))) {
      let c = by.get(fw);
      if (!c) by.set(fw, (c = { framework: fw, passed: 0, failed: 0 }));
      if (f.status === 'PASS') c.passed++;
      else c.failed++;
    }
  }
  return [...by.values()].sort((a, b) => a.framework.localeCompare(b.framework));
}

/** The latest scan of `scans` (newest first) before `beforeSeq` that covered `region` and ran `rule`. */
export function lastCovering(scans: readonly ScanCoverage[], region: string | null, rule: string, beforeSeq = Infinity): ScanCoverage | undefined {
  return scans.find((s) => s.seq < beforeSeq && regionCovered(s.regions, region) && (!s.rules || s.rules.has(rule)));
}

export interface ScanCoverage {
  seq: number;
  id: string;
  at: number;
  regions: ReadonlySet<string>;
  /** Undefined for a full scan. */
  rules?: ReadonlySet<string>;
}

export async function scopeScans(db: Db, scopeId: string): Promise<ScanCoverage[]> {
  const rows = await db.all<{ seq: number; id: string; finished_at: number; regions: string; rules: string | null }>(
    'SELECT seq, id, finished_at, regions, rules FROM scans WHERE scope_id = ? ORDER BY seq DESC',
    [scopeId],
  );
  return rows.map((r) => ({
    seq: Number(r.seq),
    id: r.id,
    at: Number(r.finished_at),
    regions: new Set(JSON.parse(r.regions) as string[]),
    ...(r.rules === null ? {} : { rules: new Set(JSON.parse(r.rules) as string[]) }),
  }));
}

/**
 * Records one scan. Only what changed is written: a finding whose status, severity and report are
 * unchanged is not touched (its last sighting is derived from the scans that covered it), so a
 * re-scan of 100,000 findings writes the few hundred that moved, not the whole table.
 */
export async function recordScan(tx: Db, input: RecordScanInput, recordedAt: number): Promise<RecordScanSummary> {
  const { result } = input;
  const meta = result.scan;
  const scope = scanScope(meta);
  const at = parseTime(meta.finishedAt, 'finishedAt');
  const startedAt = parseTime(meta.startedAt, 'startedAt');

  // Two scanners recording the same scope into one PostgreSQL database take turns; SQLite
  // transactions are already serialised.
  if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(hashtext(?)) AS locked', [scope.id]);
  if ((await tx.all('SELECT 1 AS x FROM scans WHERE id = ?', [meta.id])).length) {
    throw new ParapetError('STORE', `scan ${meta.id} is already recorded`, { hint: 'each scan has its own id; record a scan once' });
  }
  await tx.run('INSERT INTO scopes (id, sources, accounts, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [
    scope.id,
    JSON.stringify(scope.sources),
    JSON.stringify(scope.accounts),
    recordedAt,
  ]);
  const [latest] = await tx.all<{ t: number | null }>('SELECT MAX(finished_at) AS t FROM scans WHERE scope_id = ?', [scope.id]);
  if (latest?.t !== null && latest?.t !== undefined && Number(latest.t) > at) {
    throw new ParapetError('STORE', `scan ${meta.id} finished before the last recorded scan of the same scope`, {
      hint: 'record scans in the order they ran',
    });
  }

  const findings = new Map<string, Finding>();
  for (const f of result.findings) findings.set(f.id, f);
  const [scanRow] = await tx.all<{ seq: number }>(
    `INSERT INTO scans (id, scope_id, started_at, finished_at, duration_ms, recorded_at, sources, accounts, regions, rules, rule_set_version,
       tool_version, parse_errors, collection_errors, issues, summary, findings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
    [
      meta.id,
      scope.id,
      startedAt,
      at,
      meta.durationMs,
      recordedAt,
      JSON.stringify(meta.sources),
      JSON.stringify(meta.accounts),
      JSON.stringify(meta.regions),
      input.coverage?.rules ? JSON.stringify([...input.coverage.rules].sort()) : null,
      meta.ruleSetVersion,
      result.tool.version,
      result.summary.parseErrors,
      result.summary.collectionErrors,
      JSON.stringify(result.issues),
      JSON.stringify(result.summary),
      findings.size,
    ],
  );
  const seq = Number(scanRow?.seq);
  const regions = new Set(meta.regions);
  const summary: RecordScanSummary = {
    scanId: meta.id,
    seq,
    scopeId: scope.id,
    findings: findings.size,
    new: 0,
    resolved: 0,
    reopened: 0,
    changed: 0,
    events: 0,
    resourceVersions: 0,
    resourcesRemoved: 0,
  };

  const current = new Map<string, CurrentRow>();
  const rows = await tx.all<CurrentRow & Record<string, unknown>>(
    'SELECT finding_id, rule_id, status, severity, region, open_since, resolved_at, reopened_count, data_hash FROM findings WHERE scope_id = ?',
    [scope.id],
  );
  for (const r of rows) current.set(r.finding_id, r);

  const upserts: SqlValue[][] = [];
  const reports: SqlValue[][] = [];
  const events: SqlValue[][] = [];
  const count = (kind: string) => {
    if (kind === 'new' || kind === 'opened') summary.new++;
    else if (kind === 'resolved') summary.resolved++;
    else if (kind === 'reopened') summary.reopened++;
    else summary.changed++;
  };
  for (const f of findings.values()) {
    const data = JSON.stringify(f);
    const dataHash = hash('sha1', data, 'base64');
    const prevRow = current.get(f.id);
    const prev: Lifecycle | undefined = prevRow && {
      status: prevRow.status,
      severity: prevRow.severity,
      openSince: prevRow.open_since === null ? null : Number(prevRow.open_since),
      resolvedAt: prevRow.resolved_at === null ? null : Number(prevRow.resolved_at),
      reopenedCount: Number(prevRow.reopened_count),
    };
    const { next, event } = transition(prev, f.status, f.severity, at);
    if (event) {
      events.push([scope.id, f.id, seq, at, event.kind, event.from, next.status, next.severity, event.ttrMs]);
      // A first sighting only counts as new when it fails; first passes are the baseline.
      if (event.kind !== 'new' || f.status === 'FAIL') count(event.kind);
    }
    if (!event && prevRow?.data_hash === dataHash) continue;
    upserts.push([
      scope.id,
      f.id,
      f.ruleId,
      f.resource.uid,
      f.resource.region ?? null,
      next.severity,
      next.status,
      seq,
      at,
      seq,
      at,
      next.openSince,
      next.resolvedAt,
      next.reopenedCount,
      dataHash,
    ]);
    reports.push([scope.id, f.id, data]);
  }

  const vanished: { id: string; next: Lifecycle; lastSeen: ScanCoverage | undefined }[] = [];
  const coveredRules = input.coverage?.rules ? new Set(input.coverage.rules) : undefined;
  const missing = vanishedCandidates(current, findings, regions, coveredRules);
  const history = missing.length ? await scopeScans(tx, scope.id) : [];
  for (const row of missing) {
    const prev: Lifecycle = {
      status: row.status,
      severity: row.severity,
      openSince: row.open_since === null ? null : Number(row.open_since),
      resolvedAt: row.resolved_at === null ? null : Number(row.resolved_at),
      reopenedCount: Number(row.reopened_count),
    };
    const { next, event } = transition(prev, 'ABSENT', row.severity, at);
    if (event) {
      events.push([scope.id, row.finding_id, seq, at, event.kind, event.from, 'ABSENT', next.severity, event.ttrMs]);
      if (event.kind === 'resolved') count(event.kind);
    }
    vanished.push({ id: row.finding_id, next, lastSeen: lastCovering(history, row.region, row.rule_id, seq) });
  }

  await tx.insertMany('findings', FINDING_COLUMNS, upserts, FINDING_UPSERT);
  await tx.insertMany('finding_reports', ['scope_id', 'finding_id', 'data'], reports, 'ON CONFLICT (scope_id, finding_id) DO UPDATE SET data = excluded.data');
  for (const v of vanished) {
    await tx.run(
      'UPDATE findings SET status = ?, open_since = ?, resolved_at = ?, last_seen_seq = COALESCE(?, last_seen_seq), last_seen_at = COALESCE(?, last_seen_at) WHERE scope_id = ? AND finding_id = ?',
      ['ABSENT', v.next.openSince, v.next.resolvedAt, v.lastSeen?.seq ?? null, v.lastSeen?.at ?? null, scope.id, v.id],
    );
  }
  await tx.insertMany('finding_events', EVENT_COLUMNS, events);
  summary.events = events.length;

  if (input.resources) await recordResources(tx, scope.id, seq, regions, input.resources, summary);

  const frameworks = input.frameworks ?? frameworkCounts([...findings.values()]);
  await tx.insertMany(
    'framework_scores',
    ['scan_seq', 'framework', 'passed', 'failed'],
    frameworks.map((f) => [seq, f.framework, f.passed, f.failed]),
  );
  return summary;
}

/** Findings this scan should have reported but did not: same scope, region covered, rule run. */
function vanishedCandidates(
  current: ReadonlyMap<string, CurrentRow>,
  seen: ReadonlyMap<string, Finding>,
  regions: ReadonlySet<string>,
  rules: ReadonlySet<string> | undefined,
): CurrentRow[] {
  return [...current.values()].filter(
    (row) => !seen.has(row.finding_id) && row.status !== 'ABSENT' && regionCovered(regions, row.region) && (!rules || rules.has(row.rule_id)),
  );
}

async function recordResources(
  tx: Db,
  scopeId: string,
  seq: number,
  regions: ReadonlySet<string>,
  resources: Iterable<Resource>,
  summary: RecordScanSummary,
): Promise<void> {
  const current = new Map<string, { hash: string | null; region: string | null }>();
  for (const r of await tx.all<{ uid: string; hash: string | null; region: string | null }>('SELECT uid, hash, region FROM resources WHERE scope_id = ?', [scopeId])) {
    current.set(r.uid, r);
  }
  const versions: SqlValue[][] = [];
  const pointers: SqlValue[][] = [];
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.uid)) continue;
    seen.add(r.uid);
    const text = configText(r);
    const hash = configHash(text);
    if (current.get(r.uid)?.hash === hash) continue;
    versions.push([scopeId, r.uid, seq, hash, r.type, r.name, r.region ?? null, text]);
    pointers.push([scopeId, r.uid, hash, r.region ?? null]);
  }
  for (const [uid, cur] of current) {
    if (seen.has(uid) || cur.hash === null || !regionCovered(regions, cur.region)) continue;
    const [last] = await tx.all<{ type: string; name: string }>(
      'SELECT type, name FROM resource_versions WHERE scope_id = ? AND uid = ? ORDER BY id DESC LIMIT 1',
      [scopeId, uid],
    );
    versions.push([scopeId, uid, seq, null, last?.type ?? '', last?.name ?? '', cur.region, null]);
    pointers.push([scopeId, uid, null, cur.region]);
    summary.resourcesRemoved++;
  }
  summary.resourceVersions = versions.length - summary.resourcesRemoved;
  await tx.insertMany('resource_versions', ['scope_id', 'uid', 'scan_seq', 'hash', 'type', 'name', 'region', 'config'], versions);
  await tx.insertMany('resources', ['scope_id', 'uid', 'hash', 'region'], pointers, 'ON CONFLICT (scope_id, uid) DO UPDATE SET hash = excluded.hash, region = excluded.region');
}
