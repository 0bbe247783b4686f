import type { Severity } from '../core/index.js';
import { ParapetError, SEVERITIES } from '../core/index.js';
import type { StoredFinding } from './types.js';

/** Hours allowed to remediate a failing finding, per severity; null means no SLA. */
export type SlaPolicy = Record<Severity, number | null>;

const HOUR_MS = 3_600_000;

/** The remediation workflow table of the product seed: critical 24 hours, high 7 days, medium 30, low 90. */
export const DEFAULT_SLA: Readonly<SlaPolicy> = Object.freeze({
  critical: 24,
  high: 7 * 24,
  medium: 30 * 24,
  low: 90 * 24,
  info: null,
});

const DURATION = /^(\d+(?:\.\d+)?)\s*(h|d|w)$/;

/** `36h`, `7d`, `2w` or a number of hours. */
export function parseDurationHours(v: string | number): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined;
  const m = DURATION.exec(v.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] === 'h' ? 1 : m[2] === 'd' ? 24 : 24 * 7;
  return n > 0 ? n * unit : undefined;
}

/**
 * Overrides the default SLA table, e.g. `{ critical: '12h', high: '3d', info: null }`, as read from
 * the config file. Unknown severities and malformed durations raise CONFIG_INVALID naming the field.
 */
export function resolveSla(overrides: Record<string, string | number | null> = {}, file?: string): SlaPolicy {
  const sla: SlaPolicy = { ...DEFAULT_SLA };
  for (const [key, raw] of Object.entries(overrides)) {
    const position = { field: `sla.${key}`, ...(file ? { file } : {}) };
    if (!(SEVERITIES as readonly string[]).includes(key)) {
      throw new ParapetError('CONFIG_INVALID', `unknown severity '${key}' in the SLA table`, { hint: `use one of ${SEVERITIES.join(', ')}`, position });
    }
    if (raw === null) {
      sla[key as Severity] = null;
      continue;
    }
    const hours = parseDurationHours(raw);
    if (hours === undefined) {
      throw new ParapetError('CONFIG_INVALID', `'${String(raw)}' is not a duration`, { hint: "write hours or days such as '24h', '7d' or '2w'", position });
    }
    sla[key as Severity] = hours;
  }
  return sla;
}

export interface SlaStatus {
  slaHours: number | null;
  /** When the SLA runs out; null without an SLA or an open episode. */
  dueAt: string | null;
  overdue: boolean;
  /** How long past due, in hours (0 when not overdue). */
  overdueHours: number;
}

/** SLA position of one stored finding. Only failing findings with an open episode can be overdue. */
export function slaStatus(f: Pick<StoredFinding, 'severity' | 'status' | 'openSince'>, sla: SlaPolicy, now: Date): SlaStatus {
  const slaHours = sla[f.severity];
  if (slaHours === null || f.openSince === null) return { slaHours, dueAt: null, overdue: false, overdueHours: 0 };
  const due = Date.parse(f.openSince) + slaHours * HOUR_MS;
  const late = f.status === 'FAIL' ? now.getTime() - due : 0;
  return { slaHours, dueAt: new Date(due).toISOString(), overdue: late > 0, overdueHours: late > 0 ? late / HOUR_MS : 0 };
}

/** Annotates each finding with its SLA position. */
export function annotateSla<F extends Pick<StoredFinding, 'severity' | 'status' | 'openSince'>>(
  findings: readonly F[],
  sla: SlaPolicy = DEFAULT_SLA,
  now: Date = new Date(),
): (F & { sla: SlaStatus })[] {
  return findings.map((f) => ({ ...f, sla: slaStatus(f, sla, now) }));
}

/** Failing findings past their SLA, most overdue first. */
export function overdueFindings<F extends Pick<StoredFinding, 'severity' | 'status' | 'openSince'>>(
  findings: readonly F[],
  sla: SlaPolicy = DEFAULT_SLA,
  now: Date = new Date(),
): (F & { sla: SlaStatus })[] {
  return annotateSla(findings, sla, now)
    .filter((f) => f.sla.overdue)
    .sort((a, b) => b.sla.overdueHours - a.sla.overdueHours);
}

export function hoursToMs(h: number): number {
  return h * HOUR_MS;
}
