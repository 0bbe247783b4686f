import { createHash } from 'node:crypto';
import type { Finding, Remediation, ScanResult, Severity } from '../core/index.js';
import { SEVERITIES, STATUSES } from '../core/index.js';
import type { ControlScore, FrameworkScore } from '../frameworks/index.js';
import { CONTROL_STATUSES } from '../frameworks/index.js';
import type { ReportOptions } from './common.js';
import { formatCompliance, formatErrorCause, formatEvidence, formatIssue, formatLocation, ruleIndex, sortedFindings } from './common.js';
import { maskSecrets } from './mask.js';

/**
 * One self-contained HTML page: inline CSS, inline JS and inline SVG, nothing fetched when it is
 * opened (a Content-Security-Policy forbids it). Every piece of scan data is escaped: resource
 * names, messages and evidence come from cloud accounts and repositories, so they are untrusted.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const e = escapeHtml;

const SEVERITY_COLOURS: Record<Severity, string> = { critical: '#7f1d1d', high: '#dc2626', medium: '#d97706', low: '#2563eb', info: '#6b7280' };

const CSS = `
:root{--fg:#111827;--muted:#4b5563;--line:#d1d5db;--bg:#fff;--soft:#f3f4f6}
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:110px}
.card b{display:block;font-size:20px}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff;background:#6b7280;white-space:nowrap}
.s-FAIL{background:#dc2626}.s-ERROR{background:#7c3aed}.s-PASS{background:#15803d}.s-NOT_APPLICABLE,.s-NOT_COVERED{background:#6b7280}.s-MUTED{background:#0e7490}.s-MANUAL{background:#92400e}
.v-critical{background:#7f1d1d}.v-high{background:#dc2626}.v-medium{background:#d97706}.v-low{background:#2563eb}.v-info{background:#6b7280}
details{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:0 10px}
details[open]{padding-bottom:8px}
summary{cursor:pointer;padding:6px 0;list-style-position:outside}
summary:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
details details{background:var(--soft)}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--soft)}
pre,code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-word}
.k{color:var(--muted)}
.toolbar{margin:8px 0}
button{font:inherit;padding:4px 10px;border:1px solid var(--line);border-radius:4px;background:var(--soft);cursor:pointer}
.chart text{font:12px system-ui,sans-serif;fill:#111827}
.empty{color:var(--muted);font-style:italic}
@media print{
  body{max-width:none;padding:0;font-size:11px}
  .toolbar{display:none}
  details{border:none;padding:0;break-inside:avoid-page}
  details::details-content{content-visibility:visible;display:block}
  summary{list-style:none;font-weight:600}
  pre{white-space:pre-wrap}
  h2{break-after:avoid}
  .badge{border:1px solid #000;color:#000!important;background:none!important}
  a{color:inherit;text-decoration:none}
}
`;

/** Opens every <details> before printing (so no collapsed content is lost) and restores after. */
const SCRIPT = `(function(){
var opened=[];
function all(open){document.querySelectorAll('details').forEach(function(d){d.open=open;});}
window.addEventListener('beforeprint',function(){opened=[];document.querySelectorAll('details').forEach(function(d){if(!d.open){opened.push(d);d.open=true;}});});
window.addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});
var x=document.getElementById('expand-all'),c=document.getElementById('collapse-all');
if(x)x.addEventListener('click',function(){all(true);});
if(c)c.addEventListener('click',function(){all(false);});
document.querySelectorAll('a[data-open]').forEach(function(a){a.addEventListener('click',function(){var t=document.getElementById(a.getAttribute('data-open'));if(t){t.open=true;}});});
})();`;

const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');
const STYLE_HASH = createHash('sha256').update(CSS).digest('base64');
/** Nothing may load: no fetches, no images, no fonts; only this page's own style and script run. */
export const HTML_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

function badge(status: string): string {
  return `<span class="badge s-${e(status)}">${e(status)}</span>`;
}

function sevBadge(s: Severity): string {
  return `<span class="badge v-${s}">${s.toUpperCase()}</span>`;
}

/** Horizontal bars of failed findings per severity, with its numbers as text (readable in print). */
function severityChart(counts: Record<Severity, number>): string {
  const max = Math.max(1, ...SEVERITIES.map((s) => counts[s]));
  const rowH = 26;
  const width = 520;
  const barMax = 360;
  const rows = SEVERITIES.map((s, i) => {
    const w = Math.round((counts[s] / max) * barMax);
    const y = i * rowH + 4;
    return (
      `<g><title>${s}: ${counts[s]}</title>` +
      `<text x="0" y="${y + 15}">${s}</text>` +
      `<rect x="80" y="${y}" width="${w}" height="18" rx="3" fill="${SEVERITY_COLOURS[s]}"></rect>` +
      `<text x="${86 + w}" y="${y + 15}">${counts[s]}</text></g>`
    );
  }).join('');
  const label = `Failed findings by severity: ${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}`;
  return `<svg class="chart" role="img" aria-label="${e(label)}" width="${width}" height="${SEVERITIES.length * rowH + 8}" viewBox="0 0 ${width} ${SEVERITIES.length * rowH + 8}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`;
}

function summarySection(result: ScanResult): string {
  const s = result.summary;
  const cards = STATUSES.map((st) => `<div class="card"><span class="k">${st}</span><b>${s.byStatus[st]}</b></div>`).join('');
  const sev = SEVERITIES.map((v) => `<div class="card"><span class="k">${v} (failed)</span><b>${s.failedBySeverity[v]}</b></div>`).join('');
  return (
    `<section id="summary"><h2>Posture summary</h2>` +
    `<p>${s.resources} resources, ${s.rulesEvaluated} rules evaluated, ${s.parseErrors} parse errors, ${s.collectionErrors} collection errors.</p>` +
    `<div class="cards">${cards}</div><div class="cards">${sev}</div>` +
    `<h3>Failed findings by severity</h3>${severityChart(s.failedBySeverity)}</section>`
  );
}

function resourceTable(f: Finding): string {
  const r = f.resource;
  const rows: [string, string | undefined][] = [
    ['Resource', r.uid],
    ['Name', r.name],
    ['Type', r.type],
    ['Account', r.account],
    ['Region', r.region],
    ['Address', r.address],
    ['Location', formatLocation(r)],
  ];
  return `<table>${rows
    .filter((x): x is [string, string] => x[1] !== undefined)
    .map(([k, v]) => `<tr><th scope="row">${k}</th><td><code>${e(v)}</code></td></tr>`)
    .join('')}</table>`;
}

function evidenceBlock(f: Finding): string {
  const lines = formatEvidence(f.evidence);
  if (!lines.length) return '';
  return `<div class="k">Evaluated configuration</div><pre>${e(lines.join('\n'))}</pre>`;
}

function remediationBlock(rem: Remediation): string {
  const parts = [`<p><b>Remediation:</b> ${e(rem.text)}</p>`];
  const snippets: [string, string | undefined][] = [
    ['AWS CLI', rem.cli],
    ['Terraform', rem.terraform],
    ['CloudFormation', rem.cloudformation],
    ['Console', rem.console],
  ];
  for (const [label, code] of snippets) if (code) parts.push(`<div class="k">${label}</div><pre>${e(code)}</pre>`);
  return parts.join('');
}

/** One finding, collapsible: message, resource, evidence, and for failures the remediation. */
function findingDetails(f: Finding, opts: { remediation: Remediation | undefined; idPrefix?: string }): string {
  const where = f.resource.address ?? f.resource.uid;
  const id = opts.idPrefix ? ` id="${e(`${opts.idPrefix}${f.id}`)}"` : '';
  let body = `<p>${e(maskSecrets(f.message))}</p>${resourceTable(f)}`;
  if (f.status === 'ERROR') body += `<p><b>Cause:</b> ${e(formatErrorCause(f))}</p>`;
  body += `<p class="k">Rule <code>${e(f.ruleId)}</code> · compliance: ${e(formatCompliance(f))} · finding <code>${e(f.id)}</code></p>`;
  body += evidenceBlock(f);
  if (opts.remediation) body += remediationBlock(opts.remediation);
  return `<details class="finding" data-finding="${e(f.id)}"${id}><summary>${badge(f.status)} ${sevBadge(f.severity)} ${e(f.title)} — <code>${e(where)}</code></summary>${body}</details>`;
}

/** Where a finding's full details (evidence, remediation) are in the report, if it is listed there. */
function anchorOf(f: Finding): string | undefined {
  if (f.status === 'FAIL') return `failed-${f.id}`;
  if (f.status === 'ERROR') return `error-${f.id}`;
  return undefined;
}

/**
 * A finding inside a control: its message and resource. Evidence and remediation are shown once,
 * in the Failed and Could-not-evaluate sections, and linked from here, so a finding mapped to many
 * controls does not repeat them.
 */
function controlFinding(f: Finding): string {
  const where = f.resource.address ?? f.resource.uid;
  const anchor = anchorOf(f);
  const r = f.resource;
  const facts = [r.type, r.account, r.region, formatLocation(r)].filter((x): x is string => x !== undefined);
  let body = `<p>${e(maskSecrets(f.message))}</p><p class="k">Resource <code>${e(r.uid)}</code> (${e(facts.join(', '))})</p>`;
  if (f.status === 'ERROR') body += `<p><b>Cause:</b> ${e(formatErrorCause(f))}</p>`;
  if (f.status === 'MUTED') body += `<p><b>Muted:</b> ${e(maskSecrets(f.mute?.reason ?? 'reason not recorded'))}</p>`;
  if (anchor) body += `<p><a href="#${e(anchor)}" data-open="${e(anchor)}">Evidence and remediation</a></p>`;
  return `<details class="control-finding" data-finding="${e(f.id)}"><summary>${badge(f.status)} ${sevBadge(f.severity)} ${e(f.title)} — <code>${e(where)}</code></summary>${body}</details>`;
}

function controlDetails(c: ControlScore, findings: readonly Finding[]): string {
  const rules = new Set(c.rules);
  const own = findings.filter((f) => rules.has(f.ruleId));
  const r = c.results;
  const counts = `${r.fail} fail, ${r.error} error, ${r.pass} pass, ${r.muted} muted, ${r.notApplicable} n/a; ${c.resources.compliant}/${c.resources.evaluated} resources compliant`;
  const body =
    (c.section ? `<p class="k">${e(c.section)}</p>` : '') +
    `<p>${e(counts)}</p>` +
    (c.rules.length ? `<p class="k">Rules: ${c.rules.map((x) => `<code>${e(x)}</code>`).join(', ')}</p>` : '') +
    (own.length ? own.map(controlFinding).join('') : `<p class="empty">No results for this control.</p>`);
  return `<details class="control" data-control="${e(c.id)}"><summary>${badge(c.status)} <b>${e(c.id)}</b> ${e(c.title)} <span class="k">(${e(counts)})</span></summary>${body}</details>`;
}

function frameworkSection(fw: FrameworkScore, findings: readonly Finding[]): string {
  const counts = CONTROL_STATUSES.map((s) => `<div class="card"><span class="k">${s}</span><b>${fw.byStatus[s]}</b></div>`).join('');
  const score = fw.score === null ? 'not scored (no control evaluated)' : `${fw.score}%`;
  return (
    `<section class="framework" data-framework="${e(fw.framework.id)}"><h3>${e(fw.framework.name)} <span class="k">${e(fw.framework.id)} ${e(fw.framework.version)}</span></h3>` +
    `<p>Score: <b>${e(score)}</b> · ${fw.totalControls} controls, ${fw.automatedControls} automated · ${fw.resources.compliant}/${fw.resources.evaluated} resources compliant</p>` +
    `<div class="cards">${counts}</div>` +
    fw.controls.map((c) => controlDetails(c, findings)).join('') +
    `</section>`
  );
}

function complianceSection(frameworks: readonly FrameworkScore[] | undefined, findings: readonly Finding[]): string {
  if (!frameworks?.length) return `<section id="compliance"><h2>Compliance</h2><p class="empty">No framework was scored for this report.</p></section>`;
  return `<section id="compliance"><h2>Compliance</h2>${frameworks.map((fw) => frameworkSection(fw, findings)).join('')}</section>`;
}

function listSection(id: string, title: string, items: string[], empty: string): string {
  return `<section id="${id}"><h2>${title} (${items.length})</h2>${items.length ? items.join('') : `<p class="empty">${empty}</p>`}</section>`;
}

function mutedTable(muted: readonly Finding[]): string {
  if (!muted.length) return `<section id="muted"><h2>Muted findings (0)</h2><p class="empty">Nothing is muted.</p></section>`;
  const rows = muted
    .map((f) => {
      const m = f.mute;
      return (
        `<tr><td>${e(f.title)}<br><code>${e(f.resource.address ?? f.resource.uid)}</code></td><td>${badge(m?.mutedStatus ?? 'FAIL')}</td>` +
        `<td>${e(maskSecrets(m?.reason ?? 'not recorded'))}</td><td>${e(m?.approver ?? 'none recorded')}</td><td>${e(m?.expires ?? 'never')}</td>` +
        `<td>${e(m ? (m.exceptionId ? `${m.source} ${m.exceptionId}` : m.source) : 'unknown')}</td></tr>`
      );
    })
    .join('');
  return (
    `<section id="muted"><h2>Muted findings (${muted.length})</h2><table><thead><tr><th>Finding</th><th>Would be</th><th>Reason</th><th>Approver</th><th>Expires</th><th>Source</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></section>`
  );
}

/** The HTML report: summary, chart, compliance drill-down, failures with remediation, errors, mutes, issues. */
export function renderHtml(result: ScanResult, opts: ReportOptions = {}): string {
  const rules = ruleIndex(opts.rules);
  const remediationOf = (f: Finding): Remediation => rules.get(f.ruleId)?.meta.remediation ?? f.remediation;
  const findings = sortedFindings(result);
  const failed = findings.filter((f) => f.status === 'FAIL');
  const errors = findings.filter((f) => f.status === 'ERROR');
  const muted = findings.filter((f) => f.status === 'MUTED');
  const passes = findings.filter((f) => f.status === 'PASS' || f.status === 'NOT_APPLICABLE');
  const scan = result.scan;
  const title = `Parapet report — scan ${scan.id}`;
  const meta = [
    `Parapet ${result.tool.version}`,
    `scan ${scan.id}`,
    `${scan.startedAt} → ${scan.finishedAt}`,
    scan.sources.length ? `sources: ${scan.sources.join(', ')}` : undefined,
    scan.accounts.length ? `accounts: ${scan.accounts.join(', ')}` : undefined,
    scan.regions.length ? `regions: ${scan.regions.join(', ')}` : undefined,
  ].filter((x): x is string => x !== undefined);
  const body = [
    `<header><h1>Parapet security posture report</h1><p class="meta">${meta.map(e).join(' · ')}</p>`,
    `<nav class="toolbar" aria-label="Report controls"><button type="button" id="expand-all">Expand all</button> <button type="button" id="collapse-all">Collapse all</button> · ` +
      `<a href="#compliance">Compliance</a> · <a href="#failed">Failed</a> · <a href="#errors">Errors</a> · <a href="#muted">Muted</a> · <a href="#issues">Source issues</a></nav></header>`,
    `<main>`,
    summarySection(result),
    complianceSection(opts.frameworks, findings),
    listSection('failed', 'Failed findings', failed.map((f) => findingDetails(f, { remediation: remediationOf(f), idPrefix: 'failed-' })), 'No finding failed.'),
    listSection('errors', 'Could not evaluate', errors.map((f) => findingDetails(f, { remediation: undefined, idPrefix: 'error-' })), 'Every setting could be evaluated.'),
    mutedTable(muted),
    listSection('issues', 'Source issues', result.issues.map((i) => `<pre>${e(formatIssue(i))}</pre>`), 'No parse or collection problems.'),
    `<section id="passes"><h2>Passed and not applicable (${passes.length})</h2>` +
      (passes.length ? `<details><summary>Show ${passes.length} results</summary>${passes.map((f) => findingDetails(f, { remediation: undefined })).join('')}</details>` : `<p class="empty">None.</p>`) +
      `</section>`,
    `</main>`,
  ].join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${e(HTML_CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Parapet ${e(result.tool.version)}">\n` +
    `<title>${e(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}
