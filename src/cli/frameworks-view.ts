import type { Framework, FrameworkScore } from '../frameworks/index.js';
import { controlCoverage } from '../frameworks/index.js';

function pad(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

export function frameworksTable(frameworks: readonly Framework[]): string {
  const rows = [['ID', 'CONTROLS', 'AUTOMATED', 'MANUAL', 'NOT COVERED', 'NAME']];
  for (const f of frameworks) {
    const cov = f.controls.map(controlCoverage);
    rows.push([f.id, String(f.controls.length), String(cov.filter((c) => c === 'automated').length), String(cov.filter((c) => c === 'manual').length), String(cov.filter((c) => c === 'not-covered').length), `${f.name}${f.source === 'builtin' ? '' : ` (${f.source})`}`]);
  }
  return pad(rows);
}

export function frameworkDetail(f: Framework): string {
  const lines = [`${f.id}: ${f.name} ${f.version}`, f.description, f.url, ''];
  let section: string | undefined;
  for (const c of f.controls) {
    if (c.section && c.section !== section) {
      section = c.section;
      lines.push('', section);
    }
    const cov = controlCoverage(c);
    const how = cov === 'automated' ? c.rules.join(', ') : cov === 'manual' ? '(manual: needs a person)' : '(not covered yet)';
    lines.push(`  ${c.id.padEnd(10)} ${c.title}`, `  ${''.padEnd(10)} ${how}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The per-framework summary printed after a scan with --framework. */
export function frameworkSummary(score: FrameworkScore, verbose: boolean): string {
  const s = score.byStatus;
  const lines = [
    '',
    `== ${score.framework.name} ${score.framework.version} (${score.framework.id}) ==`,
    `Score: ${score.score === null ? 'n/a (no control evaluated)' : `${score.score}% of evaluated controls pass`}; resources compliant: ${score.resources.compliant}/${score.resources.evaluated}`,
    `Controls: ${score.totalControls} total, ${score.automatedControls} automated; ${Object.entries(s)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`,
  ];
  for (const c of score.controls) {
    if (!verbose && c.status !== 'FAIL' && c.status !== 'ERROR') continue;
    const r = c.results;
    lines.push(`  ${c.status.padEnd(14)} ${c.id.padEnd(8)} ${c.title}  [pass ${r.pass}, fail ${r.fail}, error ${r.error}${r.muted ? `, muted ${r.muted}` : ''}]`);
  }
  return `${lines.join('\n')}\n`;
}
