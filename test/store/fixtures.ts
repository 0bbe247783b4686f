import type { ComplianceRef, Finding, Resource, ScanResult, Severity, SourceIssue, Status } from '../../src/core/index.js';
import { liveResource } from '../../src/core/fixtures.js';
import { fingerprint, summarize } from '../../src/core/index.js';
import type { Muter } from '../../src/engine/index.js';

export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export interface FindingSpec {
  rule: string;
  uid: string;
  status: Status;
  severity?: Severity;
  region?: string;
  account?: string;
  compliance?: ComplianceRef[];
  message?: string;
}

export function finding(s: FindingSpec): Finding {
  return {
    id: fingerprint(s.rule, s.uid),
    ruleId: s.rule,
    title: `title of ${s.rule}`,
    severity: s.severity ?? 'high',
    status: s.status,
    message: s.message ?? `${s.rule} on ${s.uid}: ${s.status}`,
    resource: {
      uid: s.uid,
      type: 'aws.s3.bucket',
      provider: 'aws',
      account: s.account ?? '111111111111',
      region: s.region ?? 'us-east-1',
      name: s.uid.split(':').pop() ?? s.uid,
    },
    evidence: [{ path: 'versioning.enabled', state: 'known', value: s.status === 'PASS' }],
    compliance: s.compliance ?? [],
    remediation: { text: 'fix it' },
  };
}

export interface ScanSpec {
  id: string;
  at: number;
  findings: Finding[];
  sources?: string[];
  accounts?: string[];
  regions?: string[];
  issues?: SourceIssue[];
  durationMs?: number;
}

export function scan(s: ScanSpec): ScanResult {
  const durationMs = s.durationMs ?? 1500;
  const issues = s.issues ?? [];
  return {
    tool: { name: 'parapet', version: '0.1.0' },
    scan: {
      id: s.id,
      startedAt: new Date(s.at - durationMs).toISOString(),
      finishedAt: new Date(s.at).toISOString(),
      durationMs,
      sources: s.sources ?? ['aws'],
      accounts: s.accounts ?? ['111111111111'],
      regions: s.regions ?? ['us-east-1'],
      ruleSetVersion: 'rules-2026.01',
    },
    summary: summarize(s.findings, 0, 0, issues),
    findings: s.findings,
    issues,
  };
}

export function bucket(name: string, attrs: Record<string, unknown>, opts: { tags?: Record<string, string>; region?: string } = {}): Resource {
  return liveResource('aws.s3.bucket', name, attrs as never, {
    uid: `arn:aws:s3:::${name}`,
    ...(opts.tags ? { tags: opts.tags } : {}),
    ...(opts.region ? { region: opts.region } : {}),
  });
}

/** What the engine does with muters (src/engine/engine.ts applyMutes), for tests without rules. */
export function applyMuter(findings: Finding[], muter: Muter, tags: Record<string, string> = {}): Finding[] {
  for (const f of findings) {
    const resource = bucket(f.resource.name, {}, { tags });
    resource.uid = f.resource.uid;
    const mute = muter(f, resource);
    if (mute) {
      f.mute = { ...mute, mutedStatus: f.status };
      f.status = 'MUTED';
    }
  }
  return findings;
}
