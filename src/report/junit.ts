import type { Finding, ScanResult } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { cmp, formatCompliance, formatErrorCause, formatEvidence, formatMute, formatResource, sortedFindings } from './common.js';
import { maskSecrets } from './mask.js';

/**
 * Escapes text for XML attributes and content. Characters XML 1.0 cannot carry at all (most C0
 * controls, lone surrogates) are replaced, since no escape makes them legal.
 */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function details(f: Finding): string {
  const lines = [
    `Resource: ${formatResource(f.resource)}`,
    `Severity: ${f.severity.toUpperCase()}`,
    `Compliance Impact: ${formatCompliance(f)}`,
    `Recommended Action: ${f.remediation.text}`,
    ...formatEvidence(f.evidence).map((e) => `Evidence: ${e}`),
  ];
  return xmlEscape(lines.join('\n'));
}

function testcase(f: Finding): string {
  const loc = f.resource.location;
  const head = `    <testcase${attrs({ name: f.resource.address ?? f.resource.uid, classname: f.ruleId, file: loc?.file, line: loc?.line })}`;
  const msg = maskSecrets(f.message);
  switch (f.status) {
    case 'FAIL':
      return `${head}>\n      <failure${attrs({ message: msg, type: f.severity })}>${details(f)}</failure>\n    </testcase>`;
    case 'ERROR':
      return `${head}>\n      <error${attrs({ message: formatErrorCause(f), type: f.error?.kind ?? 'not-evaluable' })}>${xmlEscape(msg)}</error>\n    </testcase>`;
    case 'MUTED':
      return `${head}>\n      <skipped${attrs({ message: `muted: ${maskSecrets(formatMute(f))}` })}/>\n    </testcase>`;
    case 'NOT_APPLICABLE':
      return `${head}>\n      <skipped${attrs({ message: `not applicable: ${msg}` })}/>\n    </testcase>`;
    case 'PASS':
      return `${head}/>`;
  }
}

function counts(fs: readonly Finding[]) {
  return {
    tests: fs.length,
    failures: fs.filter((f) => f.status === 'FAIL').length,
    errors: fs.filter((f) => f.status === 'ERROR').length,
    skipped: fs.filter((f) => f.status === 'MUTED' || f.status === 'NOT_APPLICABLE').length,
  };
}

/**
 * JUnit XML for CI test tabs: one testsuite per rule, one testcase per resource. FAIL is a
 * failure, ERROR an error, MUTED and NOT_APPLICABLE are skipped, PASS an empty testcase.
 */
export function renderJunit(result: ScanResult, _opts: ReportOptions = {}): string {
  const findings = sortedFindings(result);
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const time = (result.scan.durationMs / 1000).toFixed(3);
  out.push(`<testsuites${attrs({ name: `parapet ${result.scan.id}`, ...counts(findings), time })}>`);
  for (const ruleId of [...byRule.keys()].sort(cmp)) {
    const fs = byRule.get(ruleId) ?? [];
    const first = fs[0] as Finding;
    out.push(`  <testsuite${attrs({ name: ruleId, ...counts(fs), timestamp: result.scan.startedAt })}>`);
    out.push(`    <properties>`);
    out.push(`      <property${attrs({ name: 'title', value: first.title })}/>`);
    out.push(`      <property${attrs({ name: 'severity', value: first.severity })}/>`);
    out.push(`    </properties>`);
    for (const f of fs) out.push(testcase(f));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
