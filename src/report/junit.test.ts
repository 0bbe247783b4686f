import { describe, expect, it } from 'vitest';
import { fixtureScan } from '../../test/fixtures/report/scan.js';
import { renderJunit, xmlEscape } from './junit.js';

/** Checks that tags nest and close properly and that no bare `&` or `<` is left in text. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/<|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name as string);
  }
  expect(body.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

function attr(xml: string, element: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1] as string);
}

describe('junit reporter', () => {
  it('writes well-formed XML', () => {
    assertWellFormed(renderJunit(fixtureScan()));
  });

  it('has one testsuite per rule and one testcase per finding', () => {
    const r = fixtureScan();
    const xml = renderJunit(r);
    expect(attr(xml, 'testsuite', 'name')).toEqual([...new Set(r.findings.map((f) => f.ruleId))].sort());
    expect(xml.match(/<testcase\b/g)).toHaveLength(r.findings.length);
  });

  it('maps FAIL to failure, ERROR to error, MUTED and NOT_APPLICABLE to skipped', () => {
    const r = fixtureScan();
    const xml = renderJunit(r);
    const n = (s: string) => r.findings.filter((f) => f.status === s).length;
    expect(xml.match(/<failure\b/g)).toHaveLength(n('FAIL'));
    expect(xml.match(/<error\b/g)).toHaveLength(n('ERROR'));
    expect(xml.match(/<skipped\b/g)).toHaveLength(n('MUTED') + n('NOT_APPLICABLE'));
    expect(attr(xml, 'testsuites', 'tests')).toEqual([String(r.findings.length)]);
    expect(attr(xml, 'testsuites', 'failures')).toEqual([String(n('FAIL'))]);
    expect(attr(xml, 'error', 'message').join('\n')).toContain('could not evaluate: s3:GetBucketPolicy AccessDenied');
    expect(attr(xml, 'skipped', 'message').join('\n')).toContain('approver: secops@example.com');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlEscape(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlEscape('bell\u0007 tab\t nl\n')).toBe('bell\ufffd tab\t nl\n');
    expect(xmlEscape('lone \ud800 surrogate, pair \ud83d\ude00')).toBe('lone \ufffd surrogate, pair \ud83d\ude00');
    expect(renderJunit(fixtureScan())).toContain('name="module.reports.aws_s3_bucket.this[&quot;&lt;eu&gt;&amp;co&quot;]"');
  });

  it('gives IaC testcases their file and line', () => {
    const xml = renderJunit(fixtureScan());
    expect(xml).toMatch(/<testcase name="aws_s3_bucket.data" classname="aws-s3-bucket-versioning" file="infra\/storage\/main.tf" line="12">/);
  });

  it('masks secrets in evidence', () => {
    const xml = renderJunit(fixtureScan());
    expect(xml).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(xml).not.toContain('wJalrXUtnFEMI');
    expect(xml).not.toContain('hunter2');
  });
});
