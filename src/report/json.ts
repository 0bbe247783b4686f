import type { Finding, ScanResult, SourceIssue } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { sortedFindings } from './common.js';
import { maskEvidence, maskSecrets } from './mask.js';

/** `$id` of schemas/parapet-results.schema.json; bumped with `schemaVersion` on a breaking change. */
export const RESULTS_SCHEMA_ID = 'https://parapet.dev/schemas/parapet-results-v1.json';
export const RESULTS_SCHEMA_VERSION = 1;

function findingJson(f: Finding): Record<string, unknown> {
  const r = f.resource;
  const resource: Record<string, unknown> = { uid: r.uid, type: r.type, provider: r.provider, name: r.name };
  if (r.account !== undefined) resource.account = r.account;
  if (r.region !== undefined) resource.region = r.region;
  if (r.address !== undefined) resource.address = r.address;
  if (r.location) resource.location = { ...r.location };
  const out: Record<string, unknown> = {
    id: f.id,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    status: f.status,
    message: maskSecrets(f.message),
    resource,
    evidence: maskEvidence(f.evidence),
    compliance: f.compliance.map((c) => ({ framework: c.framework, control: c.control })),
    remediation: { ...f.remediation },
  };
  // An ERROR always says why, even when the producer left `error` out.
  const err = f.error ?? (f.status === 'ERROR' ? { kind: 'not-evaluable' as const, message: f.message } : undefined);
  if (err) {
    const error: Record<string, unknown> = { kind: err.kind, message: maskSecrets(err.message) };
    if (err.cause) error.cause = { ...err.cause, message: maskSecrets(err.cause.message) };
    out.error = error;
  }
  if (f.mute) out.mute = { ...f.mute };
  if (f.sla) out.sla = { ...f.sla };
  return out;
}

function issueJson(i: SourceIssue): SourceIssue {
  return { ...i, message: maskSecrets(i.message) };
}

/**
 * Machine-readable results, one document per scan, following schemas/parapet-results.schema.json.
 * Every finding is kept, passes included: compliance scores need their denominators.
 */
export function renderJson(result: ScanResult, _opts: ReportOptions = {}): string {
  const doc = {
    $schema: RESULTS_SCHEMA_ID,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...result.tool },
    scan: { ...result.scan },
    summary: { ...result.summary },
    findings: sortedFindings(result).map(findingJson),
    issues: result.issues.map(issueJson),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
