import type { ScanResult } from '../core/index.js';
import { ParapetError } from '../core/index.js';
import type { ReportOptions } from './common.js';
import { renderAsff } from './asff.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson, renderJsonChunks } from './json.js';
import { renderJunit } from './junit.js';
import { renderOcsf } from './ocsf.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

export type Reporter = (result: ScanResult, opts?: ReportOptions) => string;

const REPORTERS = {
  table: renderTable,
  json: renderJson,
  sarif: renderSarif,
  csv: renderCsv,
  junit: renderJunit,
  ocsf: renderOcsf,
  asff: renderAsff,
  html: renderHtml,
} as const satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
/** Formats `--format` accepts, in the order help text lists them. */
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name);
}

/** Renders a scan result in one format. Pure: no I/O, no clock; the CLI writes the string. */
export function renderReport(format: ReportFormat | string, result: ScanResult, opts: ReportOptions = {}): string {
  if (!isReportFormat(format)) {
    throw new ParapetError('USAGE', `unknown report format '${format}'`, { hint: `use one of: ${REPORT_FORMATS.join(', ')}` });
  }
  return REPORTERS[format](result, opts);
}

/**
 * The report in pieces, for writing out as they come: JSON is produced finding by finding, so a
 * report larger than the biggest string V8 allows can still be written; the other formats come
 * whole, as one piece.
 */
export function renderReportChunks(format: ReportFormat | string, result: ScanResult, opts: ReportOptions = {}): Iterable<string> {
  if (format === 'json') return renderJsonChunks(result, opts);
  return [renderReport(format, result, opts)];
}

export type { ReportOptions } from './common.js';
export { compareFindings, formatCompliance, formatErrorCause, formatResource } from './common.js';
export { ASFF_DEFAULT_REGION, ASFF_LIMITS, ASFF_PLACEHOLDER_ACCOUNT, ASFF_SCHEMA_VERSION, renderAsff } from './asff.js';
export { CSV_COLUMNS, csvCell, guardFormula, renderCsv } from './csv.js';
export { EVIDENCE_CSV_COLUMNS, buildEvidencePack, safeName } from './evidence.js';
export type { EvidenceFile, EvidenceOptions } from './evidence.js';
export { HTML_CSP, escapeHtml, renderHtml } from './html.js';
export { RESULTS_SCHEMA_ID, RESULTS_SCHEMA_VERSION, renderJson, renderJsonChunks } from './json.js';
export { renderJunit, xmlEscape } from './junit.js';
export { OCSF_CLASS_UID, OCSF_TYPE_UID, OCSF_VERSION, renderOcsf } from './ocsf.js';
export { MASK, isSecretPath, maskEvidence, maskSecrets, maskValue } from './mask.js';
export { FINGERPRINT_KEY, SARIF_SCHEMA_URI, renderSarif } from './sarif.js';
export { renderTable } from './table.js';
