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

/** Stands for the findings array while the rest of the document is stringified around it. */
const FINDINGS_SLOT = '\u0000parapet-findings\u0000';

/**
 * Machine-readable results, one document per scan, following schemas/parapet-results.schema.json.
 * Every finding is kept, passes included: compliance scores need their denominators.
 */
export function renderJson(result: ScanResult, opts: ReportOptions = {}): string {
  return [...renderJsonChunks(result, opts)].join('');
}

/**
 * The same document as `renderJson`, byte for byte, in pieces of about `chunkBytes`: a large scan's
 * report (several KB a finding) can be written out without ever being one string, which V8 caps at
 * ~512 MB.
 */
export function* renderJsonChunks(result: ScanResult, _opts: ReportOptions = {}, chunkBytes = 1 << 20): Generator<string, void, undefined> {
  const doc = {
    $schema: RESULTS_SCHEMA_ID,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { ...result.tool },
    scan: { ...result.scan },
    summary: { ...result.summary },
    findings: FINDINGS_SLOT,
    issues: result.issues.map(issueJson),
  };
  const whole = `${JSON.stringify(doc, null, 2)}\n`;
  const slot = JSON.stringify(FINDINGS_SLOT);
  const at = whole.indexOf(slot);
  const findings = sortedFindings(result);
  if (!findings.length) {
    yield whole.replace(slot, '[]');
    return;
  }
  // What JSON.stringify(doc, null, 2) writes for the array at depth 1: each element on its own
  // lines, indented by four spaces (no string in the output holds a raw newline).
  let buf = `${whole.slice(0, at)}[`;
  for (let i = 0; i < findings.length; i++) {
    buf += `\n    ${JSON.stringify(findingJson(findings[i] as Finding), null, 2).replace(/\n/g, '\n    ')}${i < findings.length - 1 ? ',' : ''}`;
    if (buf.length >= chunkBytes) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}\n  ]${whole.slice(at + slot.length)}`;
}
