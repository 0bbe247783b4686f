import { describe, expect, it } from 'vitest';
import { FIXTURE_RULES, fixtureFrameworkScores, fixtureScan } from '../../test/fixtures/report/scan.js';
import type { ScanResult } from '../core/index.js';
import { HTML_CSP, escapeHtml, renderHtml } from './html.js';

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

function hostileScan(): ScanResult {
  const r = fixtureScan();
  const f = r.findings.find((x) => x.status === 'FAIL');
  if (!f) throw new Error('fixture has no FAIL');
  f.resource = { ...f.resource, name: XSS, uid: `arn:aws:s3:::${XSS}`, address: XSS };
  f.message = `bad ${XSS}`;
  f.title = XSS;
  r.issues = [...r.issues, { kind: 'warning', message: XSS, file: XSS }];
  return r;
}

describe('html report', () => {
  const html = renderHtml(fixtureScan(), { rules: FIXTURE_RULES, frameworks: fixtureFrameworkScores() });

  it('is one self-contained document: no external scripts, styles, fonts, images or URLs to load', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|url\(|@font-face/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).toContain(`content="${escapeHtml(HTML_CSP)}"`);
    expect(HTML_CSP).toContain("default-src 'none'");
  });

  it('shows the summary, the severity chart and each framework with its controls', () => {
    expect(html).toContain('Posture summary');
    expect(html).toMatch(/<svg class="chart" role="img" aria-label="Failed findings by severity: 2 critical, 3 high, 2 medium, 1 low, 0 info/);
    expect(html).toContain('data-framework="fixture-benchmark-1.0"');
    expect(html).toContain('Fixture &lt;Benchmark&gt; &amp; Co');
    for (const id of ['1.1', '1.2', '1.3', '2.1', '3.1', '3.2']) expect(html).toContain(`data-control="${id}"`);
    expect(html).toMatch(/class="badge s-MANUAL">MANUAL<\/span> <b>3\.1<\/b>/);
    expect(html).toMatch(/class="badge s-NOT_COVERED">NOT_COVERED<\/span> <b>3\.2<\/b>/);
  });

  it('gives each failure its remediation with the snippets from rule metadata', () => {
    expect(html).toContain('aws s3api put-bucket-acl --bucket BUCKET --acl private');
    expect(html).toContain('resource &quot;aws_s3_bucket_versioning&quot;');
    expect(html).toContain('<div class="k">AWS CLI</div>');
  });

  it('lists errors with causes, mutes with reason, approver and expiry, and source issues', () => {
    expect(html).toContain('could not evaluate: s3:GetBucketPolicy AccessDenied');
    expect(html).toContain('Archive bucket, replaced by backup plan');
    expect(html).toContain('secops@example.com');
    expect(html).toContain('2027-01-31');
    expect(html).toContain('exception EX-42');
    expect(html).toContain('parse-error infra/broken/main.tf:7');
    expect(html).toContain('ec2:DescribeSecurityGroups');
  });

  it('escapes attacker-controlled names, messages and issues', () => {
    const out = renderHtml(hostileScan(), { frameworks: fixtureFrameworkScores(hostileScan()) });
    expect(out).not.toContain('<script>alert(1)');
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
    // The only script element is the report's own.
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('opens every collapsed section for print', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('details::details-content');
    expect(html).toContain("addEventListener('beforeprint'");
  });

  it('masks secrets in evidence', () => {
    expect(html).not.toContain('hunter2');
    expect(html).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('says so when no framework was scored', () => {
    expect(renderHtml(fixtureScan())).toContain('No framework was scored for this report.');
  });
});
