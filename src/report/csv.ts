import type { Finding, ScanResult } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { formatErrorCause, formatEvidence, sortedFindings } from './common.js';
import { maskSecrets } from './mask.js';

export const CSV_COLUMNS = [
  'id',
  'ruleId',
  'title',
  'severity',
  'status',
  'message',
  'resourceUid',
  'resourceType',
  'provider',
  'account',
  'region',
  'resourceName',
  'address',
  'file',
  'line',
  'compliance',
  'remediation',
  'errorCause',
  'muteReason',
  'muteApprover',
  'muteExpires',
  'evidence',
] as const;

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading tab or carriage
 * return) gets a leading apostrophe, so opening the export cannot run anything.
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const cell = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(f: Finding): (string | number | undefined)[] {
  const r = f.resource;
  return [
    f.id,
    f.ruleId,
    f.title,
    f.severity,
    f.status,
    maskSecrets(f.message),
    r.uid,
    r.type,
    r.provider,
    r.account,
    r.region,
    r.name,
    r.address,
    r.location?.file,
    r.location?.line,
    f.compliance.map((c) => `${c.framework} ${c.control}`).join('; '),
    f.remediation.text,
    f.status === 'ERROR' ? formatErrorCause(f) : undefined,
    f.mute ? maskSecrets(f.mute.reason) : undefined,
    f.mute?.approver,
    f.mute?.expires,
    formatEvidence(f.evidence).join('; '),
  ];
}

/** One row per finding under a header row; CRLF line ends as RFC 4180 asks. */
export function renderCsv(result: ScanResult, _opts: ReportOptions = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...sortedFindings(result).map((f) => row(f).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
