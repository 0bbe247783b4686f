import type { EvidenceRecord, Finding, ResourceRef, Rule, ScanResult, SourceIssue } from '../core/index.js';
import type { FrameworkScore } from '../frameworks/index.js';
import { SEVERITY_RANK, STATUSES, describeCause } from '../core/index.js';
import { maskEvidence, maskSecrets } from './mask.js';

/** Options every reporter accepts; each format reads the ones it knows and ignores the rest. */
export interface ReportOptions {
  /** table: ANSI colour. The CLI passes true only on a TTY without NO_COLOR. */
  color?: boolean;
  /** table: also list PASS and NOT_APPLICABLE findings. */
  verbose?: boolean;
  /** sarif: rule metadata for tool.driver.rules; rules missing here are described from their findings. */
  rules?: readonly Rule[];
  /** sarif: also emit PASS (`kind: pass`) and NOT_APPLICABLE (`kind: notApplicable`) results. */
  includePasses?: boolean;
  /**
   * sarif: absolute directory IaC file paths are made relative to (the `%SRCROOT%` base). Relative
   * paths are used as they are.
   */
  srcRoot?: string;
  /**
   * html, evidence: framework scores to show (the CLI scores the frameworks chosen with
   * --framework, or every built-in one). Without them the HTML report has no compliance section.
   */
  frameworks?: readonly FrameworkScore[];
  /**
   * asff: AWS account for findings whose resource names none (IaC); defaults to
   * ASFF_PLACEHOLDER_ACCOUNT. ocsf, asff: region likewise (default us-east-1 for asff).
   */
  account?: string;
  region?: string;
}

const STATUS_ORDER = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Finding['status'], number>;

/** Worst first, then by rule, resource and id: the same scan always renders the same bytes. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.resource.uid, b.resource.uid) ||
    cmp(a.id, b.id)
  );
}

/** Code-point order, independent of the machine's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedFindings(result: ScanResult): Finding[] {
  return [...result.findings].sort(compareFindings);
}

/** Rule metadata by id, from `opts.rules`. */
export function ruleIndex(rules: readonly Rule[] | undefined): Map<string, Rule> {
  return new Map((rules ?? []).map((r) => [r.meta.id, r]));
}

/** Cuts text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** `file:line` of the offending attribute or block, or undefined for live resources. */
export function formatLocation(ref: ResourceRef): string | undefined {
  const loc = ref.location;
  if (!loc) return undefined;
  return `${loc.file}:${loc.line}`;
}

/** IaC: address and file:line; live: the uid (an ARN or provider id). */
export function formatResource(ref: ResourceRef): string {
  const where = formatLocation(ref);
  const name = ref.address ?? ref.uid;
  return where ? `${name} (${where})` : name;
}

export function formatCompliance(f: Finding, maxPerFramework = Infinity): string {
  if (!f.compliance.length) return 'none mapped';
  // One entry per framework, its controls after it: "cis-aws-6.0 6.3, 6.4; pci-dss-4.0 1.3.1".
  const byFramework = new Map<string, string[]>();
  for (const c of f.compliance) {
    const list = byFramework.get(c.framework) ?? [];
    if (!list.includes(c.control)) list.push(c.control);
    byFramework.set(c.framework, list);
  }
  return [...byFramework]
    .map(([fw, controls]) => {
      const shown = controls.slice(0, maxPerFramework);
      return `${fw} ${shown.join(', ')}${controls.length > shown.length ? ` +${controls.length - shown.length} more` : ''}`;
    })
    .join('; ');
}

/** Why an ERROR finding could not be judged, e.g. `could not evaluate: s3:GetBucketPolicy AccessDenied`. */
export function formatErrorCause(f: Finding): string {
  const err = f.error;
  if (!err) return maskSecrets(f.message);
  if (err.kind === 'rule-crashed') return `rule crashed: ${maskSecrets(err.message)}`;
  const cause = err.cause ? describeCause(err.cause) : err.message;
  return `could not evaluate: ${maskSecrets(cause)}`;
}

/** `reason: ...; approver: X; expires: 2026-03-01; source: exception EX-1`. */
export function formatMute(f: Finding): string {
  const m = f.mute;
  if (!m) return 'reason: not recorded';
  return [
    `reason: ${m.reason}`,
    `approver: ${m.approver ?? 'none recorded'}`,
    `expires: ${m.expires ?? 'never'}`,
    `source: ${m.exceptionId ? `${m.source} ${m.exceptionId}` : m.source}`,
  ].join('; ');
}

/** One line per evidence record, values masked: `versioning.enabled = false (default)`. */
export function formatEvidence(records: readonly EvidenceRecord[]): string[] {
  return maskEvidence(records).map((r) => {
    if (r.state === 'unknown') return `${r.path} unknown (${r.cause ? describeCause(r.cause) : 'no cause'})`;
    const value = r.value === undefined ? 'unset' : JSON.stringify(r.value);
    const suffix = r.isDefault ? (r.defaultNote ? ` (default: ${r.defaultNote})` : ' (default)') : '';
    return `${r.path} = ${value}${suffix}`;
  });
}

export function formatIssue(i: SourceIssue): string {
  const where = i.file ? (i.line !== undefined ? `${i.file}:${i.line}` : i.file) : undefined;
  const call = [i.service, i.region, i.operation].filter((x) => x !== undefined).join(' ');
  const head = [i.kind, where, call || undefined, i.errorCode].filter((x) => x !== undefined).join(' ');
  return `${head}: ${maskSecrets(i.message)}`;
}
