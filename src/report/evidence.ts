import type { Finding, ScanResult } from '../core/index.js';
import type { ControlScore, FrameworkScore } from '../frameworks/index.js';
import type { ReportOptions } from './common.js';
import { formatErrorCause, formatEvidence, ruleIndex, sortedFindings } from './common.js';
import { csvCell } from './csv.js';
import { escapeHtml, renderHtml } from './html.js';
import { maskEvidence, maskSecrets } from './mask.js';

/**
 * An audit evidence pack: per framework and per control, what was evaluated, by which rules, with
 * which result and on what configuration. Pure: returns files (relative path + content) for the CLI
 * to write; the only time it names is the scan's and the optional `generatedAt`.
 */
export interface EvidenceFile {
  path: string;
  content: string;
}

export interface EvidenceOptions extends ReportOptions {
  /** When the pack was written (the CLI passes the current time); defaults to the scan's end. */
  generatedAt?: string;
}

export const EVIDENCE_CSV_COLUMNS = [
  'framework',
  'controlId',
  'controlTitle',
  'controlStatus',
  'ruleId',
  'ruleVersion',
  'findingId',
  'status',
  'severity',
  'resourceUid',
  'resourceType',
  'resourceName',
  'account',
  'region',
  'address',
  'file',
  'line',
  'message',
  'evaluatedConfiguration',
  'errorCause',
  'muteReason',
  'muteApprover',
  'muteExpires',
  'scanId',
  'evaluatedAt',
] as const;

/** A file-name-safe form of an id (`164.312(a)(1)` → `164.312_a_1_`), never empty. */
export function safeName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return s.length ? s.slice(0, 120) : '_';
}

/** Unique file names for a list of ids, in order: a clash after sanitising gets `-2`, `-3`. */
function uniqueNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = safeName(id);
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function controlFindings(c: ControlScore, findings: readonly Finding[]): Finding[] {
  const rules = new Set(c.rules);
  return findings.filter((f) => rules.has(f.ruleId));
}

function findingRecord(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: f.id,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    status: f.status,
    message: maskSecrets(f.message),
    resourceUid: f.resource.uid,
  };
  if (f.status === 'ERROR') out.errorCause = formatErrorCause(f);
  if (f.mute) out.mute = { ...f.mute, reason: maskSecrets(f.mute.reason) };
  return out;
}

function controlRecord(fw: FrameworkScore, c: ControlScore, findings: readonly Finding[], result: ScanResult, opts: EvidenceOptions): Record<string, unknown> {
  const rules = ruleIndex(opts.rules);
  const resources = new Map<string, Record<string, unknown>>();
  for (const f of findings) {
    const r = f.resource;
    let entry = resources.get(r.uid);
    if (!entry) {
      entry = { uid: r.uid, type: r.type, provider: r.provider, name: r.name, results: [] as unknown[] };
      if (r.account !== undefined) entry.account = r.account;
      if (r.region !== undefined) entry.region = r.region;
      if (r.address !== undefined) entry.address = r.address;
      if (r.location) entry.location = { ...r.location };
      resources.set(r.uid, entry);
    }
    (entry.results as unknown[]).push({ ruleId: f.ruleId, status: f.status, evaluatedConfiguration: maskEvidence(f.evidence) });
  }
  return {
    framework: fw.framework,
    control: { id: c.id, title: c.title, ...(c.section !== undefined ? { section: c.section } : {}) },
    status: c.status,
    results: c.results,
    resourceCounts: c.resources,
    compliantShare: c.compliantShare,
    rules: c.rules.map((id) => {
      const meta = rules.get(id)?.meta;
      return { id, version: meta?.version ?? null, title: meta?.title ?? null };
    }),
    findings: findings.map(findingRecord),
    resources: [...resources.values()],
    scan: { id: result.scan.id, startedAt: result.scan.startedAt, finishedAt: result.scan.finishedAt, sources: result.scan.sources, accounts: result.scan.accounts, regions: result.scan.regions },
    tool: { ...result.tool },
    generatedAt: opts.generatedAt ?? result.scan.finishedAt,
  };
}

function csvRows(fw: FrameworkScore, c: ControlScore, findings: readonly Finding[], result: ScanResult, rules: ReturnType<typeof ruleIndex>): string[] {
  const base = [fw.framework.id, c.id, c.title, c.status];
  if (!findings.length) return [[...base, c.rules.join(' '), ...Array(EVIDENCE_CSV_COLUMNS.length - 7).fill(undefined), result.scan.id, result.scan.finishedAt].map(csvCell).join(',')];
  return findings.map((f) => {
    const r = f.resource;
    return [
      ...base,
      f.ruleId,
      rules.get(f.ruleId)?.meta.version,
      f.id,
      f.status,
      f.severity,
      r.uid,
      r.type,
      r.name,
      r.account,
      r.region,
      r.address,
      r.location?.file,
      r.location?.line,
      maskSecrets(f.message),
      formatEvidence(f.evidence).join('; '),
      f.status === 'ERROR' ? formatErrorCause(f) : undefined,
      f.mute ? maskSecrets(f.mute.reason) : undefined,
      f.mute?.approver,
      f.mute?.expires,
      result.scan.id,
      result.scan.finishedAt,
    ]
      .map(csvCell)
      .join(',');
  });
}

/** Markdown table cell: no line breaks, pipes escaped. */
function md(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function scoreText(fw: FrameworkScore): string {
  return fw.score === null ? 'not scored' : `${fw.score}%`;
}

/** Builds every file of the evidence pack. Without `opts.frameworks` it holds only the indexes. */
export function buildEvidencePack(result: ScanResult, opts: EvidenceOptions = {}): EvidenceFile[] {
  const frameworks = opts.frameworks ?? [];
  const findings = sortedFindings(result);
  const rules = ruleIndex(opts.rules);
  const generatedAt = opts.generatedAt ?? result.scan.finishedAt;
  const files: EvidenceFile[] = [];
  const fwDirs = uniqueNames(frameworks.map((f) => f.framework.id));
  const indexRows: { fw: FrameworkScore; dir: string }[] = [];

  frameworks.forEach((fw, i) => {
    const dir = fwDirs[i] as string;
    indexRows.push({ fw, dir });
    const names = uniqueNames(fw.controls.map((c) => c.id));
    const csv = [EVIDENCE_CSV_COLUMNS.join(',')];
    const lines = [
      `# ${md(fw.framework.name)} (${md(fw.framework.id)} ${md(fw.framework.version)})`,
      '',
      `Score: **${scoreText(fw)}** · ${fw.totalControls} controls, ${fw.automatedControls} automated · ${fw.resources.compliant}/${fw.resources.evaluated} resources compliant`,
      '',
      `Scan \`${md(result.scan.id)}\` (${result.scan.startedAt} to ${result.scan.finishedAt}), Parapet ${md(result.tool.version)}, generated ${generatedAt}.`,
      '',
      '| control | title | status | fail | error | pass | muted | n/a | resources compliant | evidence |',
      '|---|---|---|---|---|---|---|---|---|---|',
    ];
    fw.controls.forEach((c, j) => {
      const own = controlFindings(c, findings);
      const name = names[j] as string;
      files.push({ path: `${dir}/controls/${name}.json`, content: `${JSON.stringify(controlRecord(fw, c, own, result, opts), null, 2)}\n` });
      csv.push(...csvRows(fw, c, own, result, rules));
      const r = c.results;
      lines.push(`| ${md(c.id)} | ${md(c.title)} | ${c.status} | ${r.fail} | ${r.error} | ${r.pass} | ${r.muted} | ${r.notApplicable} | ${c.resources.compliant}/${c.resources.evaluated} | [${name}.json](controls/${encodeURI(name)}.json) |`);
    });
    files.push({ path: `${dir}/controls.csv`, content: `${csv.join('\r\n')}\r\n` });
    files.push({ path: `${dir}/index.md`, content: `${lines.join('\n')}\n` });
  });

  const md0 = [
    '# Parapet compliance evidence',
    '',
    `Scan \`${md(result.scan.id)}\` from ${result.scan.startedAt} to ${result.scan.finishedAt}; Parapet ${md(result.tool.version)}; generated ${generatedAt}.`,
    `Sources: ${md(result.scan.sources.join(', ') || 'none')}. Accounts: ${md(result.scan.accounts.join(', ') || 'none')}. Regions: ${md(result.scan.regions.join(', ') || 'none')}.`,
    '',
    'Each framework folder holds `index.md` (controls and their status), `controls.csv` (one row per control and resource result, for audit workpapers) and `controls/<id>.json` (the control, its rules with versions, findings and the evaluated configuration of each resource, secrets masked). `report.html` is the full HTML report.',
    '',
    '| framework | score | controls | fail | error | pass | evidence |',
    '|---|---|---|---|---|---|---|',
    ...indexRows.map(({ fw, dir }) => `| ${md(fw.framework.name)} (${md(fw.framework.id)}) | ${scoreText(fw)} | ${fw.totalControls} | ${fw.byStatus.FAIL} | ${fw.byStatus.ERROR} | ${fw.byStatus.PASS} | [index](${encodeURI(dir)}/index.md), [csv](${encodeURI(dir)}/controls.csv) |`),
  ];
  if (!indexRows.length) md0.push('', 'No framework was scored.');
  files.push({ path: 'index.md', content: `${md0.join('\n')}\n` });

  const e = escapeHtml;
  const rows = indexRows
    .map(
      ({ fw, dir }) =>
        `<tr><td>${e(fw.framework.name)} <code>${e(fw.framework.id)}</code></td><td>${e(scoreText(fw))}</td><td>${fw.totalControls}</td><td>${fw.byStatus.FAIL}</td><td>${fw.byStatus.ERROR}</td><td>${fw.byStatus.PASS}</td>` +
        `<td><a href="${e(encodeURI(dir))}/index.md">index</a> · <a href="${e(encodeURI(dir))}/controls.csv">csv</a> · <a href="${e(encodeURI(dir))}/controls/">controls</a></td></tr>`,
    )
    .join('\n');
  files.push({
    path: 'index.html',
    content:
      `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<title>Parapet compliance evidence — scan ${e(result.scan.id)}</title>\n` +
      `<style>body{font:14px/1.5 system-ui,sans-serif;max-width:1000px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left}</style>\n</head>\n<body>\n` +
      `<h1>Parapet compliance evidence</h1>\n<p>Scan <code>${e(result.scan.id)}</code> from ${e(result.scan.startedAt)} to ${e(result.scan.finishedAt)}; Parapet ${e(result.tool.version)}; generated ${e(generatedAt)}.</p>\n` +
      `<p><a href="report.html">Full HTML report</a> · <a href="index.md">index.md</a></p>\n` +
      `<table>\n<thead><tr><th>Framework</th><th>Score</th><th>Controls</th><th>Fail</th><th>Error</th><th>Pass</th><th>Evidence</th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</body>\n</html>\n`,
  });
  files.push({ path: 'report.html', content: renderHtml(result, opts) });
  return files;
}
