import { createHash } from 'node:crypto';
import type { ScanMeta, Severity } from '../core/index.js';
import type { FindingEventKind, StoredStatus } from './types.js';

/**
 * A scan's scope: the same sources and accounts. A finding missing from a later scan of its scope
 * is resolved, unless that scan did not cover the finding's region (a `--regions us-east-1` run
 * says nothing about eu-west-1). Scans of other scopes never resolve each other's findings.
 */
export interface ScanScope {
  id: string;
  sources: string[];
  accounts: string[];
}

export function scanScope(meta: Pick<ScanMeta, 'sources' | 'accounts'>): ScanScope {
  // A snapshot stands for the accounts it holds, whatever its file is called: yesterday's and
  // today's exports of one account are the same scope.
  const sources = [...new Set(meta.sources.map((s) => (s.startsWith('snapshot:') ? 'snapshot' : s)))].sort();
  const accounts = [...new Set(meta.accounts)].sort();
  const id = createHash('sha256').update(JSON.stringify({ sources, accounts })).digest('hex').slice(0, 16);
  return { id: `scope-${id}`, sources, accounts };
}

/** True when a scan of `regions` looked at `region` (scans without regions, IaC ones, cover everything). */
export function regionCovered(regions: ReadonlySet<string>, region: string | null | undefined): boolean {
  return !region || regions.size === 0 || regions.has(region);
}

export interface Lifecycle {
  status: StoredStatus;
  severity: Severity;
  /** Epoch ms: start of the open episode, null when none. */
  openSince: number | null;
  resolvedAt: number | null;
  reopenedCount: number;
}

export interface Transition {
  next: Lifecycle;
  /** Absent when nothing the history keeps changed. */
  event?: { kind: FindingEventKind; from: StoredStatus | null; ttrMs: number | null };
}

const RESOLVING: ReadonlySet<StoredStatus> = new Set(['PASS', 'NOT_APPLICABLE', 'ABSENT']);

/**
 * One step of a finding's life. An episode opens when it FAILs and closes (resolved, with its time
 * to remediate) when it passes, stops applying or disappears. MUTED and ERROR keep an open episode
 * open: an exception accepts a risk, it does not fix it. Failing again after a resolution reopens.
 */
export function transition(prev: Lifecycle | undefined, status: StoredStatus, severity: Severity, at: number): Transition {
  if (!prev) {
    const next: Lifecycle = { status, severity, openSince: status === 'FAIL' ? at : null, resolvedAt: null, reopenedCount: 0 };
    return { next, event: { kind: 'new', from: null, ttrMs: null } };
  }
  const next: Lifecycle = { ...prev, status, severity };
  if (status === 'FAIL' && prev.openSince === null) {
    next.openSince = at;
    if (prev.resolvedAt !== null) {
      next.resolvedAt = null;
      next.reopenedCount = prev.reopenedCount + 1;
      return { next, event: { kind: 'reopened', from: prev.status, ttrMs: null } };
    }
    return { next, event: { kind: 'opened', from: prev.status, ttrMs: null } };
  }
  if (RESOLVING.has(status) && prev.openSince !== null) {
    next.openSince = null;
    next.resolvedAt = at;
    return { next, event: { kind: 'resolved', from: prev.status, ttrMs: at - prev.openSince } };
  }
  if (status !== prev.status || severity !== prev.severity) {
    return { next, event: { kind: 'changed', from: prev.status, ttrMs: null } };
  }
  return { next };
}
