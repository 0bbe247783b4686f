import type { Finding, Severity } from '../core/index.js';
import type { Db } from './db.js';
import { diffConfig } from './drift.js';
import { chunks, placeholders } from './sql.js';
import type { DiffEntry, ResourceDrift, ScanDiff, ScanRecord, StoredStatus } from './types.js';

/**
 * New, resolved and changed findings and per-attribute drift between two recorded scans. Statuses
 * are replayed from the status history, so no per-scan copy of the findings is needed.
 */
export async function compareScans(db: Db, from: ScanRecord, to: ScanRecord): Promise<Omit<ScanDiff, 'from' | 'to'>> {
  const [before, after] = await statesOf(db, from, to);
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
  const info = await findingInfo(db, to.scopeId === from.scopeId ? [to.scopeId] : [to.scopeId, from.scopeId], entries.map((e) => e.id));
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
  return { new: pick('new'), resolved: pick('resolved'), changed: pick('changed'), drift: await drift(db, from, to) };
}

/**
 * Each finding's status as of two scans, replayed from the status history. Within one scope only
 * findings with a change between the two can differ, so only their history is read.
 */
async function statesOf(db: Db, from: ScanRecord, to: ScanRecord): Promise<[Map<string, State>, Map<string, State>]> {
  if (from.scopeId !== to.scopeId) return [await statesAt(db, from), await statesAt(db, to)];
  const [lo, hi] = from.seq < to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
  const ids = await db.all<{ finding_id: string }>('SELECT DISTINCT finding_id FROM finding_events WHERE scope_id = ? AND scan_seq > ? AND scan_seq <= ?', [
    from.scopeId,
    lo,
    hi,
  ]);
  const a = new Map<string, State>();
  const b = new Map<string, State>();
  for (const part of chunks(ids.map((r) => r.finding_id))) {
    const rows = await db.all<EventRow>(
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

async function statesAt(db: Db, scan: ScanRecord): Promise<Map<string, State>> {
  const rows = await db.all<EventRow>('SELECT finding_id, scan_seq, to_status, severity FROM finding_events WHERE scope_id = ? AND scan_seq <= ? ORDER BY id', [
    scan.scopeId,
    scan.seq,
  ]);
  const out = new Map<string, State>();
  for (const r of rows) out.set(r.finding_id, { status: r.to_status, severity: r.severity });
  return out;
}

async function findingInfo(db: Db, scopes: string[], ids: string[]): Promise<Map<string, { ruleId: string; title: string; resourceUid: string }>> {
  const out = new Map<string, { ruleId: string; title: string; resourceUid: string }>();
  for (const part of chunks(ids)) {
    const rows = await db.all<{ finding_id: string; rule_id: string; resource_uid: string; data: string }>(
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
async function drift(db: Db, from: ScanRecord, to: ScanRecord): Promise<ResourceDrift[]> {
  let uids: string[] | undefined;
  if (from.scopeId === to.scopeId) {
    const [lo, hi] = from.seq < to.seq ? [from.seq, to.seq] : [to.seq, from.seq];
    const rows = await db.all<{ uid: string }>('SELECT DISTINCT uid FROM resource_versions WHERE scope_id = ? AND scan_seq > ? AND scan_seq <= ?', [from.scopeId, lo, hi]);
    uids = rows.map((r) => r.uid);
    if (!uids.length) return [];
  }
  const [a, b] = [await versionsAt(db, from, uids), await versionsAt(db, to, uids)];
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

async function versionsAt(db: Db, scan: ScanRecord, uids: string[] | undefined): Promise<Map<string, Version>> {
  const out = new Map<string, Version>();
  const sql = 'SELECT uid, hash, type, name, config FROM resource_versions WHERE scope_id = ? AND scan_seq <= ?';
  const parts = uids ? chunks(uids) : [undefined];
  for (const part of parts) {
    const rows = await db.all<Version & { uid: string }>(
      part ? `${sql} AND uid IN (${placeholders(part.length)}) ORDER BY id` : `${sql} ORDER BY id`,
      part ? [scan.scopeId, scan.seq, ...part] : [scan.scopeId, scan.seq],
    );
    for (const r of rows) out.set(r.uid, r);
  }
  return out;
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
