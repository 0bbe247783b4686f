import { describe, expect, it } from 'vitest';
import { fixtureScan } from '../../test/fixtures/report/scan.js';
import { renderTable } from './table.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('table reporter', () => {
  it('writes no colour codes unless asked', () => {
    expect(renderTable(fixtureScan())).not.toMatch(ANSI);
    expect(renderTable(fixtureScan(), { color: false, verbose: true })).not.toMatch(ANSI);
    expect(renderTable(fixtureScan(), { color: true })).toMatch(ANSI);
  });

  it('colour changes only the codes, not the text', () => {
    // eslint-disable-next-line no-control-regex
    const stripped = renderTable(fixtureScan(), { color: true }).replace(/\u001b\[[0-9;]*m/g, '');
    expect(stripped).toBe(renderTable(fixtureScan()));
  });

  it('prints the seed alert layout for each failed finding', () => {
    const out = renderTable(fixtureScan());
    expect(out).toContain(
      [
        'ALERT: S3 Bucket Public Access Detected',
        '  Resource: arn:aws:s3:::company-customer-data',
        '  Issue: Bucket allows public LIST and GET operations',
        '  Severity: CRITICAL',
        '  Compliance Impact: PCI-DSS-3.2.1 1.2.1; HIPAA 164.312(a)(1); GDPR Art.32',
        '  Recommended Action: Apply bucket policy to restrict access and enable default encryption',
      ].join('\n'),
    );
    expect(out).toContain('  Resource: aws_s3_bucket.data (infra/storage/main.tf:12)');
    expect(out).toContain('  Compliance Impact: none mapped');
    expect(out.match(/^ALERT: /gm)).toHaveLength(fixtureScan().summary.byStatus.FAIL);
  });

  it('groups failures by severity, worst first', () => {
    const out = renderTable(fixtureScan());
    const headings = [...out.matchAll(/^== (CRITICAL|HIGH|MEDIUM|LOW|INFO) \(\d+\) ==$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
  });

  it('starts with counts per status and per severity', () => {
    const out = renderTable(fixtureScan());
    expect(out).toContain('Results: 8 FAIL, 2 ERROR, 5 PASS, 1 NOT_APPLICABLE, 1 MUTED');
    expect(out).toContain('Failed by severity: 2 critical, 3 high, 2 medium, 1 low, 0 info');
  });

  it('lists ERROR findings with their cause, and muted ones with reason, approver and expiry', () => {
    const out = renderTable(fixtureScan());
    expect(out).toContain('could not evaluate: s3:GetBucketPolicy AccessDenied');
    expect(out).toContain('rule crashed: attribute');
    expect(out).toMatch(/reason: Archive bucket, replaced by backup plan; approver: secops@example.com; expires: 2027-01-31; source: exception EX-42/);
  });

  it('summarises source issues', () => {
    const out = renderTable(fixtureScan());
    expect(out).toContain('== SOURCE ISSUES (2: 1 parse-error, 1 collection-error) ==');
    expect(out).toContain('parse-error infra/broken/main.tf:7:');
    expect(out).toContain('collection-error ec2 eu-west-1 ec2:DescribeSecurityGroups UnauthorizedOperation:');
  });

  it('lists passes only when verbose', () => {
    expect(renderTable(fixtureScan())).not.toContain('Bucket ACL grants no public access');
    const verbose = renderTable(fixtureScan(), { verbose: true });
    expect(verbose).toContain('Bucket ACL grants no public access');
    expect(verbose).toContain('evidence: versioning.enabled = true');
  });

  it('escapes control characters from resource data so they cannot drive the terminal', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.status === 'FAIL');
    if (f) f.message = 'evil \u001b]0;pwned\u0007 name';
    const out = renderTable(r);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('evil \\u001b]0;pwned\\u0007 name');
  });

  it('masks secrets in evidence and messages', () => {
    const r = fixtureScan();
    const f = r.findings.find((x) => x.status === 'FAIL');
    if (f) f.message = 'found key AKIAIOSFODNN7EXAMPLE';
    const out = renderTable(r, { verbose: true });
    expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(out).not.toContain('hunter2');
  });
});
