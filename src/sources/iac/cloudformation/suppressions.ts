import type { Finding, Location, Mute, Resource, SourceIssue } from '../../../core/index.js';
import { isUnknownMarker } from '../../../core/index.js';
import type { Muter } from '../../../engine/index.js';
import type { EvaluatedResource } from './template.js';
import { isEvalObject } from './values.js';

/**
 * Inline suppressions written on a resource:
 *
 *     Metadata:
 *       parapet:
 *         ignore:
 *           - id: aws-s3-bucket-versioning
 *             reason: scratch bucket, recreated nightly
 *
 * `id` is a rule id or a prefix ending in `*`. A suppression without a reason is reported and not
 * applied: an unexplained mute is how real problems get buried.
 */
export interface InlineSuppression {
  resourceUid: string;
  ruleId: string;
  reason: string;
  location: Location;
}

export function readSuppressions(res: EvaluatedResource): { suppressions: InlineSuppression[]; issues: SourceIssue[] } {
  const suppressions: InlineSuppression[] = [];
  const issues: SourceIssue[] = [];
  const meta = res.metadata;
  if (!isEvalObject(meta) || meta.parapet === undefined) return { suppressions, issues };
  const at = (path: string): Location => ({ file: res.file, line: res.metadataLines.get(path) ?? res.line });
  const problem = (path: string, message: string) => {
    const loc = at(path);
    issues.push({ kind: 'suppression', file: loc.file, line: loc.line, message: `${res.logicalId}: ${message}` });
  };
  const parapet = meta.parapet;
  const ignore = isEvalObject(parapet) ? parapet.ignore : undefined;
  if (!Array.isArray(ignore)) {
    problem('parapet', 'Metadata.parapet must hold `ignore: [{ id, reason }]`; nothing is suppressed');
    return { suppressions, issues };
  }
  ignore.forEach((entry, i) => {
    const path = `parapet.ignore.${i}`;
    if (!isEvalObject(entry) || isUnknownMarker(entry)) {
      problem(path, 'each ignore entry must be a mapping `{ id, reason }`; entry not applied');
      return;
    }
    const id = entry.id;
    const reason = entry.reason;
    if (typeof id !== 'string' || id.trim() === '') {
      problem(path, 'ignore entry has no rule id; entry not applied');
      return;
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      problem(path, `error: suppression of ${id} has no reason; it is not applied (add \`reason: ...\`)`);
      return;
    }
    suppressions.push({ resourceUid: res.uid, ruleId: id.trim(), reason: reason.trim(), location: at(path) });
  });
  return { suppressions, issues };
}

function matchesRule(ruleId: string, pattern: string): boolean {
  return pattern.endsWith('*') ? ruleId.startsWith(pattern.slice(0, -1)) : ruleId === pattern;
}

export interface SuppressionTracker {
  /** Pass to the engine's `muters`. */
  muter: Muter;
  /** Suppressions that muted nothing (after evaluation): stale, or naming a wrong rule id. */
  unused(): InlineSuppression[];
  unusedIssues(): SourceIssue[];
}

/** A Muter over inline suppressions that remembers which ones were used. */
export function createSuppressionMuter(suppressions: readonly InlineSuppression[]): SuppressionTracker {
  const byUid = new Map<string, InlineSuppression[]>();
  for (const s of suppressions) {
    let list = byUid.get(s.resourceUid);
    if (!list) byUid.set(s.resourceUid, (list = []));
    list.push(s);
  }
  const used = new Set<InlineSuppression>();
  const muter: Muter = (finding: Finding, resource: Resource): Mute | undefined => {
    const hit = byUid.get(resource.uid)?.find((s) => matchesRule(finding.ruleId, s.ruleId));
    if (!hit) return undefined;
    used.add(hit);
    return { source: 'inline', reason: hit.reason };
  };
  const unused = () => suppressions.filter((s) => !used.has(s));
  return {
    muter,
    unused,
    unusedIssues: () =>
      unused().map((s) => ({
        kind: 'suppression' as const,
        file: s.location.file,
        line: s.location.line,
        message: `unused suppression of ${s.ruleId} on ${s.resourceUid}: no finding matched it`,
      })),
  };
}
