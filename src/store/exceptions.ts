import { createHash } from 'node:crypto';
import type { Finding, Mute, Resource, Tags } from '../core/index.js';
import { ParapetError, isUnknownMarker, stableStringify } from '../core/index.js';
import type { Muter } from '../engine/index.js';
import type { YamlSource } from './yaml-file.js';
import { compileSchema, parseYaml, problemAt, readYamlFile, schemaProblems, throwIfProblems } from './yaml-file.js';

/**
 * An accepted risk: a rule (id or glob) on the resources a selector picks, with a reason, an
 * approver and an expiry. While valid it mutes matching FAIL and ERROR results; after the expiry
 * it stops muting and is reported as expired.
 */
export interface ExceptionInput {
  /** Optional in files: derived from rule and selector when omitted. */
  id?: string;
  /** Rule id, or a glob such as `aws.s3.*`. */
  rule: string;
  /** Resource uid, exact or glob (`arn:aws:s3:::legacy-*`). */
  resource?: string;
  /** Every tag given must be on the resource with that value. */
  tags?: Tags;
  reason: string;
  approver: string;
  /** `YYYY-MM-DD` (valid through that day, UTC) or an ISO date-time. */
  expires: string;
}

export type ExceptionState = 'active' | 'expired' | 'revoked';

export interface ExceptionRecord extends ExceptionInput {
  id: string;
  /** The first instant the exception no longer applies. */
  expiresAt: string;
  state: ExceptionState;
  source: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  revokedAt?: string;
  revokedBy?: string;
  revokeReason?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The instant an exception stops applying, or undefined for an unreadable date. */
export function expiryInstant(expires: string): Date | undefined {
  const s = expires.trim();
  if (DATE_ONLY.test(s)) {
    const t = Date.parse(`${s}T00:00:00Z`);
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) return undefined;
    return new Date(t + DAY_MS);
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export function exceptionState(e: Pick<ExceptionRecord, 'expiresAt' | 'revokedAt'>, now: Date): ExceptionState {
  if (e.revokedAt) return 'revoked';
  return Date.parse(e.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

/** A stable id for an exception written without one: the same rule and selector give the same id. */
export function exceptionId(input: Pick<ExceptionInput, 'rule' | 'resource' | 'tags'>): string {
  const h = createHash('sha256')
    .update(stableStringify({ rule: input.rule, resource: input.resource ?? null, tags: input.tags ?? null }))
    .digest('hex');
  return `exc-${h.slice(0, 12)}`;
}

const globCache = new Map<string, RegExp>();

/** `*` matches any run of characters, `?` one character; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

export function matchesPattern(value: string, pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?') ? globToRegExp(pattern).test(value) : value === pattern;
}

/** Tags the resource is known to have; unreadable tags match no tag selector. */
export function tagsMatch(selector: Tags | undefined, tags: Tags | Resource['tags'] | undefined): boolean {
  if (!selector || !Object.keys(selector).length) return true;
  if (!tags || isUnknownMarker(tags)) return false;
  const known = tags as Tags;
  return Object.entries(selector).every(([k, v]) => known[k] === v);
}

export function exceptionMatches(e: ExceptionInput, finding: Pick<Finding, 'ruleId' | 'resource'>, tags: Resource['tags'] | undefined): boolean {
  if (!matchesPattern(finding.ruleId, e.rule)) return false;
  if (e.resource !== undefined && !matchesPattern(finding.resource.uid, e.resource)) return false;
  return tagsMatch(e.tags, tags);
}

/** Checks one exception; problems name the field (and file and line when read from a file). */
export function exceptionProblems(
  e: ExceptionInput,
  at: (field: string, message: string, hint?: string) => ParapetError,
  knownRuleIds?: ReadonlySet<string>,
): ParapetError[] {
  const out: ParapetError[] = [];
  for (const f of ['rule', 'reason', 'approver', 'expires'] as const) {
    if (typeof e[f] !== 'string' || !e[f].trim()) out.push(at(f, `'${f}' is required`));
  }
  if (e.resource === undefined && (!e.tags || !Object.keys(e.tags).length)) {
    out.push(at('resource', 'a resource selector is required', "give 'resource' (a uid or a glob such as arn:aws:s3:::logs-*) or 'tags'"));
  }
  if (e.resource !== undefined && !e.resource.trim()) out.push(at('resource', "'resource' is empty"));
  if (typeof e.expires === 'string' && e.expires.trim() && !expiryInstant(e.expires)) {
    out.push(at('expires', `'${e.expires}' is not a date`, 'write YYYY-MM-DD or an ISO date-time such as 2026-12-31T18:00:00Z'));
  }
  if (knownRuleIds && typeof e.rule === 'string' && !/[*?]/.test(e.rule) && !knownRuleIds.has(e.rule)) {
    out.push(at('rule', `no rule has the id '${e.rule}'`, 'see `parapet rules list`'));
  }
  return out;
}

/** Validates an exception given on the command line or through the API. */
export function validateException(e: ExceptionInput, knownRuleIds?: ReadonlySet<string>): ExceptionInput & { id: string } {
  const problems = exceptionProblems(e, (field, message, hint) => new ParapetError('USAGE', message, { position: { field }, ...(hint ? { hint } : {}) }), knownRuleIds);
  if (problems[0]) throw problems[0];
  const out: ExceptionInput & { id: string } = {
    id: e.id?.trim() || exceptionId(e),
    rule: e.rule.trim(),
    reason: e.reason.trim(),
    approver: e.approver.trim(),
    expires: e.expires.trim(),
  };
  if (e.resource !== undefined) out.resource = e.resource.trim();
  if (e.tags && Object.keys(e.tags).length) out.tags = { ...e.tags };
  return out;
}

const EXCEPTIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['exceptions'],
  properties: {
    version: { const: 1 },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason', 'approver', 'expires'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9._:-]+$' },
          rule: { type: 'string', minLength: 1 },
          resource: { type: 'string', minLength: 1 },
          tags: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
          reason: { type: 'string', minLength: 1 },
          approver: { type: 'string', minLength: 1 },
          expires: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;

const validateExceptionsFile = compileSchema(EXCEPTIONS_SCHEMA);

export interface LoadExceptionsOptions {
  /** When given, a rule id that names no rule is an error (globs are not checked). */
  knownRuleIds?: ReadonlySet<string>;
}

/**
 * Reads an exceptions file:
 * ```yaml
 * version: 1
 * exceptions:
 *   - id: EXC-12                       # optional
 *     rule: aws.s3.bucket-versioning   # rule id or glob
 *     resource: arn:aws:s3:::legacy-*  # exact uid or glob, and/or
 *     tags: { environment: sandbox }
 *     reason: archive bucket, replaced in Q3
 *     approver: security-director@example.com
 *     expires: 2026-12-31
 * ```
 * Every problem is reported at once (POLICY_INVALID), each naming file, line and field.
 */
export function loadExceptionsFile(file: string, opts: LoadExceptionsOptions = {}): (ExceptionInput & { id: string })[] {
  return exceptionsFromSource(readYamlFile(file, 'POLICY_INVALID'), opts);
}

export function parseExceptionsYaml(text: string, file = '<exceptions>', opts: LoadExceptionsOptions = {}): (ExceptionInput & { id: string })[] {
  return exceptionsFromSource(parseYaml(text, file, 'POLICY_INVALID'), opts);
}

function exceptionsFromSource(src: YamlSource, opts: LoadExceptionsOptions): (ExceptionInput & { id: string })[] {
  // Dates written unquoted stay strings (YAML 1.2 core schema); numbers in tags become strings.
  const problems = schemaProblems(src, validateExceptionsFile, 'POLICY_INVALID');
  const out: (ExceptionInput & { id: string })[] = [];
  if (!problems.length) {
    const entries = (src.data as { exceptions: ExceptionInput[] }).exceptions;
    const ids = new Map<string, number>();
    entries.forEach((raw, i) => {
      const e: ExceptionInput = { ...raw };
      if (raw.tags) e.tags = Object.fromEntries(Object.entries(raw.tags).map(([k, v]) => [k, String(v)]));
      const at = (field: string, message: string, hint?: string) => problemAt(src, 'POLICY_INVALID', ['exceptions', i, field], message, hint);
      const found = exceptionProblems(e, at, opts.knownRuleIds);
      problems.push(...found);
      if (found.length) return;
      const v = validateException(e);
      const prev = ids.get(v.id);
      if (prev !== undefined) {
        problems.push(at('id', `exception '${v.id}' is defined twice (also entry ${prev + 1})`, 'give each exception its own id, or merge the two'));
        return;
      }
      ids.set(v.id, i);
      out.push(v);
    });
  }
  throwIfProblems(src, 'POLICY_INVALID', 'exceptions file', problems, 'fix the entries named above');
  return out;
}

export interface ExpiredExceptionHit {
  exceptionId: string;
  expiresAt: string;
  findingId: string;
  ruleId: string;
  resourceUid: string;
}

export interface ExceptionMuter {
  /** For `evaluate({ muters: [...] })` in src/engine. */
  muter: Muter;
  /** Findings an expired exception would have muted: reported so the owner renews or fixes. */
  expired: ExpiredExceptionHit[];
}

type MuterException = ExceptionInput & { id?: string; expiresAt?: string; revokedAt?: string };

/**
 * Mutes FAIL and ERROR results matched by an active exception (passes stay passes: scores need
 * them). Exceptions that have expired by `now` do not mute; their matches are collected in `expired`.
 */
export function createExceptionMuter(exceptions: readonly MuterException[], now: Date | (() => Date) = () => new Date()): ExceptionMuter {
  const clock = typeof now === 'function' ? now : () => now;
  const prepared = exceptions
    .filter((e) => !e.revokedAt)
    .map((e) => ({ e, id: e.id ?? exceptionId(e), expiresAt: e.expiresAt ?? expiryInstant(e.expires)?.toISOString() }))
    .filter((p): p is typeof p & { expiresAt: string } => p.expiresAt !== undefined);
  const expired: ExpiredExceptionHit[] = [];
  const muter: Muter = (finding: Finding, resource: Resource): Mute | undefined => {
    if (finding.status !== 'FAIL' && finding.status !== 'ERROR') return undefined;
    const t = clock().getTime();
    for (const p of prepared) {
      if (!exceptionMatches(p.e, finding, resource.tags)) continue;
      if (Date.parse(p.expiresAt) <= t) {
        expired.push({ exceptionId: p.id, expiresAt: p.expiresAt, findingId: finding.id, ruleId: finding.ruleId, resourceUid: finding.resource.uid });
        continue;
      }
      return { source: 'exception', reason: p.e.reason, approver: p.e.approver, expires: p.expiresAt, exceptionId: p.id };
    }
    return undefined;
  };
  return { muter, expired };
}
