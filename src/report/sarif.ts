import path from 'node:path';
import type { Finding, Location, RuleMeta, ScanResult, Severity, SourceIssue, Status } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { cmp, formatErrorCause, formatMute, sortedFindings } from './common.js';
import { maskEvidence, maskSecrets } from './mask.js';

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps). Plain objects are
 * built here and checked against the official schema in the tests (schemas/vendor/).
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Key of the finding id in `partialFingerprints`; the id is already stable across scans. */
export const FINGERPRINT_KEY = 'parapetFindingId/v1';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type SarifKind = 'fail' | 'review' | 'pass' | 'notApplicable';
type Json = Record<string, unknown>;

const LEVEL: Record<Severity, SarifLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/**
 * GitHub buckets `security-severity` as critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9;
 * it has no bucket for informational results, so info lands in low.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

/** A rule as the report needs it: full metadata when the caller passed it, else what the finding knows. */
type RuleInfo = Pick<RuleMeta, 'id' | 'title' | 'severity' | 'remediation'> & Partial<Omit<RuleMeta, 'id' | 'title' | 'severity' | 'remediation'>>;

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

function helpMarkdown(r: RuleInfo): string {
  const md: string[] = [`**${r.title}**`];
  if (r.description) md.push('', r.description);
  if (r.risk) md.push('', `**Risk.** ${r.risk}`);
  md.push('', `**Remediation.** ${r.remediation.text}`);
  const blocks: [string, string | undefined, string][] = [
    ['AWS CLI', r.remediation.cli, 'sh'],
    ['Terraform', r.remediation.terraform, 'hcl'],
    ['CloudFormation', r.remediation.cloudformation, 'yaml'],
  ];
  for (const [label, code, lang] of blocks) if (code) md.push('', `${label}:`, '', `\`\`\`${lang}`, code, '```');
  if (r.remediation.console) md.push('', `Console: ${r.remediation.console}`);
  if (r.references?.length) md.push('', '**References**', '', ...r.references.map((u) => `- <${u}>`));
  return md.join('\n');
}

function helpText(r: RuleInfo): string {
  const parts = [r.description, r.risk ? `Risk: ${r.risk}` : undefined, `Remediation: ${r.remediation.text}`];
  if (r.remediation.cli) parts.push(`CLI: ${r.remediation.cli}`);
  return parts.filter((p): p is string => !!p).join('\n\n');
}

function ruleDescriptor(r: RuleInfo): Json {
  const tags = ['security', ...(r.provider ? [r.provider] : []), ...(r.service ? [r.service] : []), ...(r.tags ?? [])];
  const out: Json = {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description ?? r.title },
    help: { text: helpText(r), markdown: helpMarkdown(r) },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [...new Set(tags)], 'security-severity': SECURITY_SEVERITY[r.severity], severity: r.severity },
  };
  const helpUri = r.references?.[0];
  if (helpUri) out.helpUri = helpUri;
  return out;
}

function encodePath(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** Relative paths stay relative to %SRCROOT%; absolute ones are made relative to srcRoot when they sit under it. */
function artifactLocation(file: string, srcRoot: string | undefined): Json {
  const posix = file.replace(/\\/g, '/');
  if (path.posix.isAbsolute(posix)) {
    const root = srcRoot?.replace(/\\/g, '/');
    const rel = root ? path.posix.relative(root, posix) : undefined;
    if (rel !== undefined && rel !== '' && !rel.startsWith('..')) return { uri: encodePath(rel), uriBaseId: SRCROOT };
    return { uri: `file://${encodePath(posix)}` };
  }
  return { uri: encodePath(path.posix.normalize(posix).replace(/^\.\//, '')), uriBaseId: SRCROOT };
}

function region(loc: Location): Json {
  const out: Json = { startLine: loc.line };
  if (loc.column !== undefined) out.startColumn = loc.column;
  if (loc.endLine !== undefined && loc.endLine >= loc.line) out.endLine = loc.endLine;
  return out;
}

function physical(loc: Location, srcRoot: string | undefined): Json {
  return { artifactLocation: artifactLocation(loc.file, srcRoot), region: region(loc) };
}

function locations(f: Finding, srcRoot: string | undefined): Json[] {
  const r = f.resource;
  const logical: Json = { name: r.name, fullyQualifiedName: r.address ?? r.uid, kind: 'resource' };
  const loc: Json = { logicalLocations: [logical] };
  if (r.location) loc.physicalLocation = physical(r.location, srcRoot);
  return [loc];
}

/** Which SARIF result a finding becomes, or undefined when it is left out. */
function classify(f: Finding, includePasses: boolean): { kind: SarifKind; level: SarifLevel } | undefined {
  const status: Status = f.status === 'MUTED' ? (f.mute?.mutedStatus ?? 'FAIL') : f.status;
  switch (status) {
    case 'FAIL':
      return { kind: 'fail', level: LEVEL[f.severity] };
    case 'ERROR':
      // SARIF requires level "none" for any kind but "fail": an unevaluated check asks for review.
      return { kind: 'review', level: 'none' };
    case 'PASS':
      return includePasses ? { kind: 'pass', level: 'none' } : undefined;
    case 'NOT_APPLICABLE':
      return includePasses ? { kind: 'notApplicable', level: 'none' } : undefined;
    case 'MUTED':
      return undefined;
  }
}

function suppression(f: Finding): Json {
  const m = f.mute;
  const out: Json = { kind: m?.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: maskSecrets(formatMute(f)) };
  if (m) {
    const props: Json = { source: m.source, reason: m.reason };
    if (m.approver) props.approver = m.approver;
    if (m.expires) props.expires = m.expires;
    if (m.exceptionId) props.exceptionId = m.exceptionId;
    out.properties = props;
  }
  return out;
}

/** The message of an unevaluated result names its cause once, whether or not the message already does. */
function errorText(f: Finding): string {
  const message = maskSecrets(f.message);
  const cause = formatErrorCause(f);
  const bare = cause.replace(/^(could not evaluate|rule crashed): /, '');
  return message.includes(bare) ? message : `${message} (${cause})`;
}

function resultFor(f: Finding, ruleIndex: number, k: { kind: SarifKind; level: SarifLevel }, srcRoot: string | undefined): Json {
  const text = f.status === 'ERROR' || f.mute?.mutedStatus === 'ERROR' ? errorText(f) : maskSecrets(f.message);
  const r = f.resource;
  const resource: Json = { uid: r.uid, type: r.type, provider: r.provider, name: r.name };
  if (r.account !== undefined) resource.account = r.account;
  if (r.region !== undefined) resource.region = r.region;
  if (r.address !== undefined) resource.address = r.address;
  const out: Json = {
    ruleId: f.ruleId,
    ruleIndex,
    kind: k.kind,
    level: k.level,
    message: { text },
    locations: locations(f, srcRoot),
    partialFingerprints: { [FINGERPRINT_KEY]: f.id },
    properties: {
      status: f.status,
      severity: f.severity,
      resource,
      compliance: f.compliance.map((c) => `${c.framework} ${c.control}`),
      evidence: maskEvidence(f.evidence),
    },
  };
  if (f.status === 'MUTED') out.suppressions = [suppression(f)];
  return out;
}

function notification(i: SourceIssue, srcRoot: string | undefined): Json {
  const level: SarifLevel = i.kind === 'parse-error' || i.kind === 'collection-error' ? 'error' : i.kind === 'warning' ? 'warning' : 'note';
  const out: Json = { descriptor: { id: i.kind }, level, message: { text: maskSecrets(i.message) } };
  if (i.file) {
    const loc: Json = { artifactLocation: artifactLocation(i.file, srcRoot) };
    if (i.line !== undefined) loc.region = { startLine: i.line };
    out.locations = [{ physicalLocation: loc }];
  }
  const props: Json = {};
  for (const k of ['service', 'region', 'operation', 'errorCode'] as const) if (i[k] !== undefined) props[k] = i[k];
  if (Object.keys(props).length) out.properties = props;
  return out;
}

/**
 * Statuses become results as follows: FAIL always (`kind: fail`, level from severity); ERROR as
 * `kind: review`; MUTED as what it would otherwise be, with a suppression; PASS and NOT_APPLICABLE
 * only with `includePasses`.
 */
export function renderSarif(result: ScanResult, opts: ReportOptions = {}): string {
  const includePasses = opts.includePasses ?? false;
  const known = new Map<string, RuleInfo>();
  for (const rule of opts.rules ?? []) known.set(rule.meta.id, rule.meta);

  const chosen: { f: Finding; k: { kind: SarifKind; level: SarifLevel } }[] = [];
  for (const f of sortedFindings(result)) {
    const k = classify(f, includePasses);
    if (k) chosen.push({ f, k });
  }

  const ruleIds = [...new Set(chosen.map((c) => c.f.ruleId))].sort(cmp);
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => {
    const meta = known.get(id);
    if (meta) return ruleDescriptor(meta);
    const f = chosen.find((c) => c.f.ruleId === id)?.f as Finding;
    return ruleDescriptor({ id, title: f.title, severity: f.severity, remediation: f.remediation });
  });

  const run: Json = {
    tool: {
      driver: {
        name: 'Parapet',
        version: result.tool.version,
        semanticVersion: result.tool.version,
        rules,
      },
    },
    automationDetails: { id: `parapet/${result.scan.id}` },
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: result.scan.startedAt,
        endTimeUtc: result.scan.finishedAt,
        toolExecutionNotifications: result.issues.map((i) => notification(i, opts.srcRoot)),
      },
    ],
    results: chosen.map(({ f, k }) => resultFor(f, index.get(f.ruleId) ?? -1, k, opts.srcRoot)),
    columnKind: 'unicodeCodePoints',
    properties: { summary: result.summary, sources: result.scan.sources, ruleSetVersion: result.scan.ruleSetVersion },
  };
  if (opts.srcRoot && path.posix.isAbsolute(opts.srcRoot.replace(/\\/g, '/'))) {
    const root = opts.srcRoot.replace(/\\/g, '/').replace(/\/?$/, '/');
    run.originalUriBaseIds = { [SRCROOT]: { uri: `file://${encodePath(root)}` } };
  }

  const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
