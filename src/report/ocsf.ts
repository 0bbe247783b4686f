import type { Finding, ScanResult, Severity, Status } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { formatErrorCause, formatMute, ruleIndex, sortedFindings } from './common.js';
import { maskEvidence, maskSecrets } from './mask.js';

/** OCSF schema version the events follow (the Compliance Finding class as of 1.5.0). */
export const OCSF_VERSION = '1.5.0';
export const OCSF_CLASS_UID = 2003;
export const OCSF_CATEGORY_UID = 2;
/** Activity "Create": each scan reports its findings afresh. type_uid = class_uid * 100 + activity_id. */
export const OCSF_ACTIVITY_ID = 1;
export const OCSF_TYPE_UID = OCSF_CLASS_UID * 100 + OCSF_ACTIVITY_ID;

const SEVERITY_ID: Record<Severity, { id: number; caption: string }> = {
  info: { id: 1, caption: 'Informational' },
  low: { id: 2, caption: 'Low' },
  medium: { id: 3, caption: 'Medium' },
  high: { id: 4, caption: 'High' },
  critical: { id: 5, caption: 'Critical' },
};

/** Compliance status of the check: Pass 1, Warning 2 (could not be judged), Fail 3, Other 99. */
function complianceStatus(s: Status): { id: number; caption: string } {
  switch (s) {
    case 'PASS':
      return { id: 1, caption: 'Pass' };
    case 'FAIL':
      return { id: 3, caption: 'Fail' };
    case 'ERROR':
      return { id: 2, caption: 'Warning' };
    case 'NOT_APPLICABLE':
      return { id: 99, caption: 'Not Applicable' };
    case 'MUTED':
      return { id: 99, caption: 'Muted' };
  }
}

/** The ARN's partition (`aws`, `aws-cn`, `aws-us-gov`), else the provider name for AWS. */
export function partitionOf(uid: string, provider: string): string | undefined {
  const m = /^arn:([a-z-]+):/.exec(uid);
  if (m) return m[1];
  return provider === 'aws' ? 'aws' : undefined;
}

const CLOUD_PROVIDER: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', kubernetes: 'Kubernetes' };

function event(f: Finding, result: ScanResult, rules: ReturnType<typeof ruleIndex>, opts: ReportOptions): Record<string, unknown> {
  const r = f.resource;
  const rule = rules.get(f.ruleId)?.meta;
  const time = Date.parse(result.scan.finishedAt);
  const sev = SEVERITY_ID[f.severity];
  const cs = complianceStatus(f.status);
  const standards = [...new Set(f.compliance.map((c) => c.framework))];
  const compliance: Record<string, unknown> = {
    control: f.ruleId,
    standards,
    requirements: f.compliance.map((c) => `${c.framework} ${c.control}`),
    status: cs.caption,
    status_id: cs.id,
  };
  if (rule) compliance.desc = rule.description;
  const resource: Record<string, unknown> = { uid: r.uid, type: r.type, name: r.name };
  const region = r.region ?? opts.region;
  if (region !== undefined) resource.region = region;
  const partition = partitionOf(r.uid, r.provider);
  if (partition !== undefined) resource.cloud_partition = partition;
  const data: Record<string, unknown> = {};
  if (r.address !== undefined) data.address = r.address;
  if (r.location) data.location = { ...r.location };
  if (Object.keys(data).length) resource.data = data;

  const cloud: Record<string, unknown> = { provider: CLOUD_PROVIDER[r.provider] ?? r.provider };
  const account = r.account ?? opts.account;
  if (account !== undefined) cloud.account = { uid: account, name: account, type: 'AWS Account', type_id: 10 };
  if (region !== undefined) cloud.region = region;

  const muted = f.status === 'MUTED';
  const out: Record<string, unknown> = {
    activity_id: OCSF_ACTIVITY_ID,
    activity_name: 'Create',
    category_uid: OCSF_CATEGORY_UID,
    category_name: 'Findings',
    class_uid: OCSF_CLASS_UID,
    class_name: 'Compliance Finding',
    type_uid: OCSF_TYPE_UID,
    type_name: 'Compliance Finding: Create',
    time,
    time_dt: result.scan.finishedAt,
    severity_id: sev.id,
    severity: sev.caption,
    // Finding workflow status: muted findings were reviewed and accepted; the rest are new.
    status_id: muted ? 3 : 1,
    status: muted ? 'Suppressed' : 'New',
    message: maskSecrets(f.message),
    finding_info: {
      uid: f.id,
      title: f.title,
      desc: rule ? rule.description : maskSecrets(f.message),
      types: ['Software and Configuration Checks', r.type],
      created_time: time,
      created_time_dt: result.scan.finishedAt,
    },
    compliance,
    resources: [resource],
    cloud,
    metadata: {
      product: { name: 'Parapet', vendor_name: 'Parapet', version: result.tool.version, uid: 'parapet' },
      version: OCSF_VERSION,
      profiles: ['cloud'],
      event_code: f.ruleId,
      uid: `${result.scan.id}/${f.id}`,
      correlation_uid: result.scan.id,
    },
    remediation: { desc: f.remediation.text, ...(rule?.references.length ? { references: [...rule.references] } : {}) },
    unmapped: {
      parapet_status: f.status,
      rule_version: rule?.version ?? null,
      evidence: maskEvidence(f.evidence),
    },
  };
  if (f.status === 'ERROR') out.status_detail = formatErrorCause(f);
  if (muted) out.status_detail = maskSecrets(formatMute(f));
  return out;
}

/**
 * OCSF Compliance Finding events (class 2003), one per finding, as a JSON array: the shape
 * Amazon Security Lake, SIEMs and data lakes ingest. Every finding is kept, passes included.
 */
export function renderOcsf(result: ScanResult, opts: ReportOptions = {}): string {
  const rules = ruleIndex(opts.rules);
  const events = sortedFindings(result).map((f) => event(f, result, rules, opts));
  return `${JSON.stringify(events, null, 2)}\n`;
}
