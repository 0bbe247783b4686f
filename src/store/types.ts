import type { Finding, Resource, ScanResult, Severity, Status } from '../core/index.js';
import type { ExceptionInput, ExceptionMuter, ExceptionRecord, ExceptionState } from './exceptions.js';
import type { SlaPolicy } from './sla.js';

/**
 * What a finding's stored status can be: the last status a scan reported, or ABSENT when a later
 * scan of the same scope (covering its region) no longer reported it.
 */
export type StoredStatus = Status | 'ABSENT';

/** A finding whose episode is open counts for SLAs and time to remediate: it failed and is not fixed yet. */
export const OPEN_STATUS: Status = 'FAIL';

/** Pass and fail counts for one framework in one scan, computed from compliance refs unless given. */
export interface FrameworkCounts {
  framework: string;
  passed: number;
  failed: number;
}

export interface RecordScanInput {
  result: ScanResult;
  /** The scanned resources: a new version is stored only when a resource's configuration hash changed. */
  resources?: Iterable<Resource>;
  /** Per-framework pass/fail counts; derived from the findings' `compliance` refs when omitted. */
  frameworks?: readonly FrameworkCounts[];
  /**
   * What the scan evaluated, when less than the whole rule set (`--rules`, `--severity` filters):
   * only findings of these rules can be resolved by being absent. Omit for a full scan.
   */
  coverage?: { rules?: readonly string[] };
}

export interface RecordScanSummary {
  scanId: string;
  seq: number;
  scopeId: string;
  findings: number;
  new: number;
  resolved: number;
  reopened: number;
  changed: number;
  /** Status history rows written (one per change). */
  events: number;
  resourceVersions: number;
  resourcesRemoved: number;
}

export interface ScanRecord {
  id: string;
  seq: number;
  scopeId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  sources: string[];
  accounts: string[];
  regions: string[];
  /** The rules a partial scan ran (RecordScanInput.coverage); null for a full scan. */
  rules: string[] | null;
  ruleSetVersion: string;
  toolVersion: string;
  parseErrors: number;
  collectionErrors: number;
  issues: ScanResult['issues'];
  findings: number;
}

export interface StatusChange {
  scanId: string;
  at: string;
  from: StoredStatus | null;
  to: StoredStatus;
  severity: Severity;
  kind: FindingEventKind;
}

export type FindingEventKind = 'new' | 'opened' | 'resolved' | 'reopened' | 'changed';

/** A finding as the store knows it: the latest report plus its lifecycle. */
export interface StoredFinding {
  scopeId: string;
  id: string;
  ruleId: string;
  severity: Severity;
  status: StoredStatus;
  firstSeenAt: string;
  firstSeenScan: string;
  lastSeenAt: string;
  lastSeenScan: string;
  /** Start of the current open episode (first FAIL not followed by a resolution); null when none. */
  openSince: string | null;
  resolvedAt: string | null;
  reopenedCount: number;
  /** The finding as last reported. */
  finding: Finding;
}

export interface FindingQuery {
  scopeId?: string;
  status?: readonly StoredStatus[];
  severity?: readonly Severity[];
  ruleId?: string;
  resourceUid?: string;
  limit?: number;
}

export interface DiffEntry {
  id: string;
  ruleId: string;
  title: string;
  resourceUid: string;
  before: { status: StoredStatus; severity: Severity } | null;
  after: { status: StoredStatus; severity: Severity } | null;
}

export interface AttributeChange {
  /** Dotted path, e.g. `attributes.versioning.enabled`, `tags.environment`, `attributes.ingress[0].cidr`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface ResourceDrift {
  uid: string;
  type: string;
  name: string;
  change: 'added' | 'removed' | 'modified';
  /** Attribute-level changes for `modified` (empty for added/removed). */
  attributes: AttributeChange[];
}

export interface ScanDiff {
  from: ScanRecord;
  to: ScanRecord;
  /** Failing in `to`, not failing (or not present) in `from`. */
  new: DiffEntry[];
  /** Failing in `from` and passing, not applicable or gone in `to`. */
  resolved: DiffEntry[];
  /** Present in both with another status or severity, not counted above (e.g. FAIL to MUTED). */
  changed: DiffEntry[];
  drift: ResourceDrift[];
}

export interface MetricsOptions {
  scopeId?: string;
  sla?: SlaPolicy;
  /** Only scans finished at or after this time count for compliance history. */
  since?: Date;
}

export interface SeverityMetric {
  open: number;
  overdue: number;
  resolved: number;
  /** Mean time to remediate over resolved episodes, in hours; null when none resolved. */
  mttrHours: number | null;
  slaHours: number | null;
  resolvedWithinSla: number;
  /** (resolved within SLA + open not yet overdue) / (resolved + open), in percent; null when no data or no SLA. */
  slaCompliancePct: number | null;
}

export interface CompliancePoint {
  scanId: string;
  at: string;
  passed: number;
  failed: number;
  /** passed / (passed + failed) in percent; null when the framework had no results. */
  scorePct: number | null;
}

export interface StoreMetrics {
  generatedAt: string;
  scans: number;
  openBySeverity: Record<Severity, number>;
  bySeverity: Record<Severity, SeverityMetric>;
  /** Over severities with an SLA. */
  slaCompliancePct: number | null;
  overdue: number;
  reopened: { findings: number; events: number };
  compliance: { framework: string; points: CompliancePoint[] }[];
  exceptions: Record<ExceptionState, number>;
}

export interface ExceptionChangeContext {
  /** Who made the change (user name, CI job). */
  actor: string;
  /** Where the change came from, e.g. `cli` or `file:exceptions.yaml`. */
  source?: string;
}

export interface ExceptionAuditEntry {
  id: number;
  exceptionId: string;
  at: string;
  actor: string;
  action: 'add' | 'update' | 'revoke';
  details: Record<string, unknown>;
}

export interface ImportExceptionsSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
}

/** The findings history: one interface, SQLite and PostgreSQL behind it. */
export interface FindingStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Migration versions applied, ascending. */
  migrations(): Promise<number[]>;
  recordScan(input: RecordScanInput): Promise<RecordScanSummary>;
  listScans(opts?: { scopeId?: string; limit?: number }): Promise<ScanRecord[]>;
  getScan(id: string): Promise<ScanRecord | undefined>;
  findings(query?: FindingQuery): Promise<StoredFinding[]>;
  history(findingId: string, scopeId?: string): Promise<StatusChange[]>;
  /** Diff of two scans; by default the last two scans of the latest scan's scope. */
  diff(opts?: { from?: string; to?: string }): Promise<ScanDiff>;
  metrics(opts?: MetricsOptions): Promise<StoreMetrics>;
  addException(input: ExceptionInput, ctx: ExceptionChangeContext): Promise<ExceptionRecord>;
  /** Adds or updates each exception by id (file entries without an id get one from rule + selector). */
  importExceptions(inputs: readonly ExceptionInput[], ctx: ExceptionChangeContext): Promise<ImportExceptionsSummary>;
  listExceptions(opts?: { state?: readonly ExceptionState[] }): Promise<ExceptionRecord[]>;
  revokeException(id: string, ctx: ExceptionChangeContext & { reason?: string }): Promise<ExceptionRecord>;
  exceptionAudit(exceptionId?: string): Promise<ExceptionAuditEntry[]>;
  /** A `Muter` for the engine over the stored exceptions, judged by the store's clock. */
  exceptionMuter(): Promise<ExceptionMuter>;
  close(): Promise<void>;
}
