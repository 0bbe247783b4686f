import type { Finding, Severity, Status } from './finding.js';
import { SEVERITIES, STATUSES } from './finding.js';

/** A problem met while reading a source: a file that would not parse, an API call that failed. */
export interface SourceIssue {
  kind: 'parse-error' | 'collection-error' | 'skipped' | 'warning' | 'suppression';
  message: string;
  file?: string;
  line?: number;
  /** Live: service, region and operation of a failed call. */
  service?: string;
  region?: string;
  operation?: string;
  errorCode?: string;
}

export interface ScanSummary {
  resources: number;
  rulesEvaluated: number;
  byStatus: Record<Status, number>;
  /** Failed findings per severity. */
  failedBySeverity: Record<Severity, number>;
  parseErrors: number;
  collectionErrors: number;
}

export interface ScanMeta {
  id: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  sources: string[];
  accounts: string[];
  regions: string[];
  ruleSetVersion: string;
}

export interface ScanResult {
  tool: { name: 'parapet'; version: string };
  scan: ScanMeta;
  summary: ScanSummary;
  findings: Finding[];
  issues: SourceIssue[];
}

export function summarize(findings: readonly Finding[], resources: number, rulesEvaluated: number, issues: readonly SourceIssue[]): ScanSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failedBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) {
    byStatus[f.status]++;
    if (f.status === 'FAIL') failedBySeverity[f.severity]++;
  }
  return {
    resources,
    rulesEvaluated,
    byStatus,
    failedBySeverity,
    parseErrors: issues.filter((i) => i.kind === 'parse-error').length,
    collectionErrors: issues.filter((i) => i.kind === 'collection-error').length,
  };
}
