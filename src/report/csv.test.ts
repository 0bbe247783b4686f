import { describe, expect, it } from 'vitest';
import { fixtureScan } from '../../test/fixtures/report/scan.js';
import { CSV_COLUMNS, csvCell, guardFormula, renderCsv } from './csv.js';

/** A small RFC 4180 reader, enough to check what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csv reporter', () => {
  it('writes a header and one row per finding, every row as wide as the header', () => {
    const r = fixtureScan();
    const rows = parseCsv(renderCsv(r));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(r.findings.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('ends every record with CRLF', () => {
    const text = renderCsv(fixtureScan());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(guardFormula(bad)).toBe(`'${bad}`);
    expect(guardFormula('safe=value')).toBe('safe=value');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('round-trips awkward resource names', () => {
    const rows = parseCsv(renderCsv(fixtureScan()));
    const nameCol = CSV_COLUMNS.indexOf('resourceName');
    const addrCol = CSV_COLUMNS.indexOf('address');
    const row = rows.find((x) => x[addrCol] === 'module.reports.aws_s3_bucket.this["<eu>&co"]');
    expect(row?.[nameCol]).toBe(`'=reports,"q1"`);
  });

  it('names the cause of ERROR rows and the mute of MUTED rows', () => {
    const rows = parseCsv(renderCsv(fixtureScan()));
    const status = CSV_COLUMNS.indexOf('status');
    expect(rows.find((x) => x[status] === 'ERROR' && x[CSV_COLUMNS.indexOf('errorCause')]?.includes('s3:GetBucketPolicy AccessDenied'))).toBeDefined();
    const muted = rows.find((x) => x[status] === 'MUTED');
    expect(muted?.[CSV_COLUMNS.indexOf('muteApprover')]).toBe('secops@example.com');
    expect(muted?.[CSV_COLUMNS.indexOf('muteExpires')]).toBe('2027-01-31');
  });

  it('masks secrets in evidence', () => {
    const text = renderCsv(fixtureScan());
    expect(text).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('hunter2');
  });
});
