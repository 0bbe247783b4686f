import { describe, expect, it } from 'vitest';
import { fixtureScan } from '../../test/fixtures/report/scan.js';
import { ParapetError } from '../core/index.js';
import { REPORT_FORMATS, isReportFormat, renderReport } from './index.js';

describe('renderReport', () => {
  it('lists the supported formats', () => {
    expect(REPORT_FORMATS).toEqual(['table', 'json', 'sarif', 'csv', 'junit', 'ocsf', 'asff', 'html']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('toString')).toBe(false);
  });

  it('renders every format to a non-empty string ending in a newline', () => {
    for (const format of REPORT_FORMATS) {
      const out = renderReport(format, fixtureScan());
      expect(out.length).toBeGreaterThan(0);
      expect(out.endsWith('\n')).toBe(true);
    }
  });

  it('does not change the result it is given', () => {
    const r = fixtureScan();
    const before = JSON.stringify(r);
    for (const format of REPORT_FORMATS) renderReport(format, r, { verbose: true, includePasses: true });
    expect(JSON.stringify(r)).toBe(before);
  });

  it('rejects an unknown format with a usage error naming the choices', () => {
    try {
      renderReport('pdf', fixtureScan());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ParapetError);
      expect((err as ParapetError).code).toBe('USAGE');
      expect((err as ParapetError).hint).toContain('table, json, sarif, csv, junit, ocsf, asff, html');
    }
  });

  it('never prints a secret in any format', () => {
    for (const format of REPORT_FORMATS) {
      const out = renderReport(format, fixtureScan(), { verbose: true, includePasses: true });
      expect(out, format).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(out, format).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
      expect(out, format).not.toContain('hunter2');
      expect(out, format).not.toContain('Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A=');
    }
  });
});
