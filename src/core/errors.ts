/**
 * One error type for everything a user can get wrong (bad flag, bad file, bad policy) and for tool
 * failures. Each carries a stable code, a message that names the problem, and the next step.
 * Only the CLI turns these into exit codes and text.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'SNAPSHOT_INVALID'
  | 'POLICY_INVALID'
  | 'FRAMEWORK_INVALID'
  | 'RULE_INVALID'
  | 'FILE_NOT_FOUND'
  | 'PARSE_ERROR'
  | 'CREDENTIALS'
  | 'STORE'
  | 'INTERNAL';

export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path of the offending field inside the file, e.g. `criteria[0].required_controls[2]`. */
  field?: string;
}

export class ParapetError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly position: SourcePosition | undefined;

  constructor(code: ErrorCode, message: string, opts: { hint?: string; position?: SourcePosition; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ParapetError';
    this.code = code;
    this.hint = opts.hint;
    this.position = opts.position;
  }

  /** `file:line: field: message` followed by the hint, the form every user-facing error takes. */
  describe(): string {
    const where = formatPosition(this.position);
    const head = where ? `${where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  next step: ${this.hint}` : head;
  }
}

export function formatPosition(pos: SourcePosition | undefined): string {
  if (!pos) return '';
  const parts: string[] = [];
  if (pos.file) {
    let f = pos.file;
    if (pos.line !== undefined) f += `:${pos.line}`;
    if (pos.line !== undefined && pos.column !== undefined) f += `:${pos.column}`;
    parts.push(f);
  }
  if (pos.field) parts.push(`field '${pos.field}'`);
  return parts.join(': ');
}

/** Collects several problems in one file before failing, so the user fixes them in one pass. */
export class ValidationErrors extends ParapetError {
  readonly problems: ParapetError[];
  constructor(code: ErrorCode, summary: string, problems: ParapetError[], hint?: string) {
    super(code, summary, hint === undefined ? {} : { hint });
    this.problems = problems;
  }
  override describe(): string {
    const lines = [this.message, ...this.problems.map((p) => `  - ${p.describe().replace(/\n/g, '\n    ')}`)];
    if (this.hint) lines.push(`  next step: ${this.hint}`);
    return lines.join('\n');
  }
}
