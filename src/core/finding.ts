import { hash } from 'node:crypto';
import type { UnknownCause } from './evidence.js';
import type { EvidenceRecord } from './read.js';
import type { Location, Provider, Resource } from './resource.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** Higher is worse. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export const STATUSES = ['FAIL', 'ERROR', 'PASS', 'NOT_APPLICABLE', 'MUTED'] as const;
export type Status = (typeof STATUSES)[number];

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

export interface Remediation {
  text: string;
  cli?: string;
  terraform?: string;
  cloudformation?: string;
  console?: string;
}

export interface ComplianceRef {
  framework: string;
  control: string;
}

export interface ResourceRef {
  uid: string;
  type: string;
  provider: Provider;
  account?: string;
  region?: string;
  name: string;
  address?: string;
  /** The most precise place: the offending attribute's line, else the resource's. */
  location?: Location;
}

export interface Mute {
  source: 'inline' | 'exception' | 'config';
  reason: string;
  approver?: string;
  expires?: string;
  exceptionId?: string;
}

export interface Finding {
  /** Stable fingerprint of rule id and resource uid: the same pair gives the same id in every scan. */
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  status: Status;
  message: string;
  resource: ResourceRef;
  evidence: EvidenceRecord[];
  compliance: ComplianceRef[];
  remediation: Remediation;
  /** For ERROR: what could not be evaluated and why. */
  error?: { kind: 'unknown-evidence' | 'rule-crashed' | 'not-evaluable'; message: string; cause?: UnknownCause };
  /** Open failures tracked in a store: when the remediation SLA for its severity runs out. */
  sla?: { dueAt: string; overdue: boolean; overdueHours: number };
  /** For MUTED: why, by whom, until when; `mutedStatus` is what the result would otherwise be. */
  mute?: Mute & { mutedStatus: Status };
}

export function fingerprint(ruleId: string, resourceUid: string): string {
  return hash('sha256', `${ruleId}\u0000${resourceUid}`, 'hex').slice(0, 32);
}

export function resourceRef(r: Resource, location?: Location): ResourceRef {
  const ref: ResourceRef = { uid: r.uid, type: r.type, provider: r.provider, name: r.name };
  if (r.account !== undefined) ref.account = r.account;
  if (r.region !== undefined) ref.region = r.region;
  if (r.provenance.address !== undefined) ref.address = r.provenance.address;
  const loc = location ?? r.provenance.location;
  if (loc) ref.location = loc;
  return ref;
}
