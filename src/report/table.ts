import type { Finding, ScanResult, Severity, Status } from '../core/index.js';
import { SEVERITIES, STATUSES } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { formatCompliance, formatErrorCause, formatEvidence, formatIssue, formatMute, formatResource, sortedFindings } from './common.js';
import { maskSecrets } from './mask.js';

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' };
const STATUS_COLOR: Record<Status, string> = { FAIL: '31', ERROR: '35', PASS: '32', NOT_APPLICABLE: '2', MUTED: '2' };

/**
 * Resource names, messages and file names come from user input and cloud APIs: a control character
 * in one of them must not be able to drive the terminal, so they are shown escaped.
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function safe(text: string): string {
  return clean(maskSecrets(text));
}

function countLine(label: string, order: readonly string[], counts: Record<string, number>, paint: Paint, colors: Record<string, string>): string {
  const parts = order.map((k) => {
    const n = counts[k] ?? 0;
    const text = `${n} ${k}`;
    return n > 0 ? paint(colors[k] ?? '0', text) : text;
  });
  return `${label}: ${parts.join(', ')}`;
}

function alert(f: Finding, paint: Paint): string[] {
  return [
    paint('1', `ALERT: ${safe(f.title)}`),
    `  Resource: ${clean(formatResource(f.resource))}`,
    `  Issue: ${safe(f.message)}`,
    `  Severity: ${paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase())}`,
    `  Compliance Impact: ${clean(formatCompliance(f, 3))}`,
    `  Recommended Action: ${safe(f.remediation.text)}`,
    ...(f.sla ? [`  Remediation SLA: ${f.sla.overdue ? paint('31', `OVERDUE by ${Math.round(f.sla.overdueHours)} h`) + ` (was due ${f.sla.dueAt})` : `due ${f.sla.dueAt}`}`] : []),
  ];
}

function brief(f: Finding, paint: Paint): string {
  return `  ${paint(STATUS_COLOR[f.status], f.status)} ${paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase())} ${clean(f.ruleId)} ${clean(formatResource(f.resource))}`;
}

/**
 * Terminal report: summary counts, then one alert block per failed finding grouped by severity,
 * then findings that could not be evaluated, muted findings and source issues. Passes are listed
 * only with `verbose`.
 */
export function renderTable(result: ScanResult, opts: ReportOptions = {}): string {
  const paint: Paint = opts.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const findings = sortedFindings(result);
  const byStatus = (s: Status) => findings.filter((f) => f.status === s);
  const { summary, scan } = result;
  const out: string[] = [];

  out.push(paint('1', `Parapet ${result.tool.version} scan ${scan.id}`));
  out.push(`Scanned ${summary.resources} resources with ${summary.rulesEvaluated} rules from ${scan.sources.map(clean).join(', ') || 'no source'}`);
  out.push(countLine('Results', STATUSES, summary.byStatus, paint, STATUS_COLOR));
  out.push(countLine('Failed by severity', SEVERITIES, summary.failedBySeverity, paint, SEVERITY_COLOR));

  const failed = byStatus('FAIL');
  if (failed.length === 0) out.push('', paint('32', 'No failed checks.'));
  for (const sev of SEVERITIES) {
    const group = failed.filter((f) => f.severity === sev);
    if (!group.length) continue;
    out.push('', paint(SEVERITY_COLOR[sev], `== ${sev.toUpperCase()} (${group.length}) ==`));
    for (const f of group) out.push('', ...alert(f, paint));
  }

  const errors = byStatus('ERROR');
  if (errors.length) {
    out.push('', paint(STATUS_COLOR.ERROR, `== COULD NOT EVALUATE (${errors.length}) ==`));
    for (const f of errors) out.push(brief(f, paint), `    ${safe(formatErrorCause(f))}`);
  }

  const muted = byStatus('MUTED');
  if (muted.length) {
    out.push('', paint('1', `== MUTED (${muted.length}) ==`));
    for (const f of muted) {
      const was = f.mute ? ` (would be ${f.mute.mutedStatus})` : '';
      out.push(brief(f, paint) + was, `    ${safe(formatMute(f))}`);
    }
  }

  const passed = [...byStatus('PASS'), ...byStatus('NOT_APPLICABLE')];
  if (passed.length && opts.verbose) {
    out.push('', paint(STATUS_COLOR.PASS, `== PASSED AND NOT APPLICABLE (${passed.length}) ==`));
    for (const f of passed) {
      out.push(brief(f, paint), `    ${safe(f.message)}`);
      for (const line of formatEvidence(f.evidence)) out.push(`    evidence: ${clean(line)}`);
    }
  } else if (passed.length) {
    out.push('', `${passed.length} passed or not applicable (not listed; --show-passes lists them)`);
  }

  if (result.issues.length) {
    const kinds = new Map<string, number>();
    for (const i of result.issues) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
    const counts = [...kinds.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
    out.push('', paint('33', `== SOURCE ISSUES (${result.issues.length}: ${counts}) ==`));
    for (const i of result.issues) out.push(`  ${clean(formatIssue(i))}`);
  }

  return `${out.join('\n')}\n`;
}
