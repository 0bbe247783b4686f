import { UnknownEvidenceError, describeCause } from './evidence.js';
import { ParapetError } from './errors.js';
import type { Finding, Remediation, Severity } from './finding.js';
import { SEVERITIES, fingerprint, resourceRef } from './finding.js';
import type { JsonValue } from './json.js';
import type { EvidenceRecord } from './read.js';
import { locationOf, readPath } from './read.js';
import type { Provider, Resource, ResourceTypeDef } from './resource.js';
import { PROVIDERS } from './resource.js';

export interface RuleMeta {
  /** Stable id, never reused: `aws-s3-bucket-versioning`. */
  id: string;
  title: string;
  severity: Severity;
  provider: Provider;
  service: string;
  /** Model types the rule judges, e.g. `aws.s3.bucket`. */
  resourceTypes: readonly string[];
  description: string;
  risk: string;
  remediation: Remediation;
  references: readonly string[];
  /** Where the setting can be judged: live APIs, IaC, or both. */
  sources?: readonly ('live' | 'iac')[];
  tags?: readonly string[];
  /** Bumped when the logic changes meaningfully, recorded with each scan. */
  version?: number;
}

/** Read-only view of the whole inventory, for rules that join resources (account settings, trails). */
export interface InventoryView {
  byType(type: string): readonly Resource[];
  byUid(uid: string): Resource | undefined;
}

export type CheckOutcome =
  | { status: 'PASS' | 'FAIL'; message: string; path?: string }
  | { status: 'NOT_APPLICABLE'; message: string };

export interface RuleContext {
  readonly resource: Resource;
  readonly inventory: InventoryView;
  /** Reads a dotted path; throws on unknown evidence (the engine reports ERROR naming the cause). */
  get(path: string): JsonValue | undefined;
  bool(path: string): boolean;
  string(path: string): string | undefined;
  number(path: string): number | undefined;
  list(path: string): JsonValue[];
  /** True when the attribute is known and set (not a default). Unknown still throws. */
  isSet(path: string): boolean;
  /** Reads an attribute of another resource (recorded as evidence under `uid#path`). */
  getOf(other: Resource, path: string): JsonValue | undefined;
  pass(message: string, path?: string): CheckOutcome;
  fail(message: string, path?: string): CheckOutcome;
  notApplicable(message: string): CheckOutcome;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): CheckOutcome;
}

const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

/** Validates meta at definition time, so a bad rule fails the build and the check script, not a scan. */
export function validateRuleMeta(meta: RuleMeta): string[] {
  const problems: string[] = [];
  const req = (cond: boolean, msg: string) => {
    if (!cond) problems.push(msg);
  };
  req(typeof meta.id === 'string' && ID_RE.test(meta.id), `id '${meta.id}' must be lower-case words joined by '-'`);
  req(typeof meta.id === 'string' && meta.id.startsWith(`${meta.provider}-`), `id '${meta.id}' must start with the provider '${meta.provider}-'`);
  req(typeof meta.title === 'string' && meta.title.length >= 10 && meta.title.length <= 120, 'title must be 10 to 120 characters');
  req((SEVERITIES as readonly string[]).includes(meta.severity), `severity must be one of ${SEVERITIES.join(', ')}`);
  req(PROVIDERS.includes(meta.provider), `provider must be one of ${PROVIDERS.join(', ')}`);
  req(typeof meta.service === 'string' && /^[a-z0-9-]+$/.test(meta.service), 'service must be a lower-case word');
  req(Array.isArray(meta.resourceTypes) && meta.resourceTypes.length > 0, 'resourceTypes must list at least one type');
  for (const t of meta.resourceTypes ?? []) req(t.startsWith(`${meta.provider}.`), `resource type '${t}' does not belong to provider ${meta.provider}`);
  req(typeof meta.description === 'string' && meta.description.length >= 20, 'description must be at least 20 characters');
  req(typeof meta.risk === 'string' && meta.risk.length >= 20, 'risk must be at least 20 characters');
  req(!!meta.remediation && typeof meta.remediation.text === 'string' && meta.remediation.text.length >= 10, 'remediation.text is required');
  req(Array.isArray(meta.references), 'references must be a list of URLs');
  for (const ref of meta.references ?? []) req(/^https:\/\//.test(ref), `reference '${ref}' must be an https URL`);
  return problems;
}

export function defineRule(rule: Rule): Rule {
  const problems = validateRuleMeta(rule.meta);
  if (problems.length) {
    throw new ParapetError('RULE_INVALID', `rule '${rule.meta.id}' has invalid metadata: ${problems.join('; ')}`);
  }
  return Object.freeze({ meta: Object.freeze({ version: 1, ...rule.meta }), check: rule.check });
}

function expectType<T>(path: string, v: JsonValue | undefined, type: string, guard: (x: unknown) => x is T): T | undefined {
  if (v === undefined || v === null) return undefined;
  if (!guard(v)) throw new TypeError(`attribute '${path}' should be a ${type}, got ${JSON.stringify(v)}`);
  return v;
}

/** The per-(rule, resource) context. Every read is recorded so the finding carries its evidence. */
export function createContext(resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView, record: EvidenceRecord[]): RuleContext {
  const get = (path: string) => readPath(resource, path, typeDef, record).value;
  return {
    resource,
    inventory,
    get,
    bool: (path) => expectType(path, get(path), 'boolean', (x): x is boolean => typeof x === 'boolean') ?? false,
    string: (path) => expectType(path, get(path), 'string', (x): x is string => typeof x === 'string'),
    number: (path) => expectType(path, get(path), 'number', (x): x is number => typeof x === 'number'),
    list: (path) => expectType(path, get(path), 'list', (x): x is JsonValue[] => Array.isArray(x)) ?? [],
    isSet: (path) => {
      const r = readPath(resource, path, typeDef, record);
      return !r.isDefault && r.value !== undefined && r.value !== null;
    },
    getOf: (other, path) => {
      const sub: EvidenceRecord[] = [];
      try {
        return readPath(other, path, undefined, sub).value;
      } finally {
        for (const s of sub) record.push({ ...s, path: `${other.uid}#${s.path}` });
      }
    },
    pass: (message, path) => (path === undefined ? { status: 'PASS', message } : { status: 'PASS', message, path }),
    fail: (message, path) => (path === undefined ? { status: 'FAIL', message } : { status: 'FAIL', message, path }),
    notApplicable: (message) => ({ status: 'NOT_APPLICABLE', message }),
  };
}

/**
 * Runs one rule on one resource and builds its finding. Never throws: unknown evidence and rule
 * crashes both become ERROR results that say what went wrong.
 */
export function runRule(rule: Rule, resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView): Finding {
  const record: EvidenceRecord[] = [];
  const meta = rule.meta;
  const base = {
    id: fingerprint(meta.id, resource.uid),
    ruleId: meta.id,
    title: meta.title,
    severity: meta.severity,
    compliance: [],
    remediation: meta.remediation,
  };
  try {
    const outcome = rule.check(createContext(resource, typeDef, inventory, record));
    if (!outcome || typeof outcome !== 'object' || !('status' in outcome)) {
      throw new TypeError('check() must return ctx.pass(), ctx.fail() or ctx.notApplicable()');
    }
    const loc = 'path' in outcome && outcome.path ? locationOf(resource, outcome.path) : undefined;
    return { ...base, status: outcome.status, message: outcome.message, resource: resourceRef(resource, loc), evidence: record };
  } catch (err) {
    if (err instanceof UnknownEvidenceError) {
      const loc = locationOf(resource, err.path);
      return {
        ...base,
        status: 'ERROR',
        message: `Cannot evaluate: ${err.path} is unknown (${describeCause(err.cause)})`,
        resource: resourceRef(resource, loc),
        evidence: record,
        error: { kind: 'unknown-evidence', message: describeCause(err.cause), cause: err.cause },
      };
    }
    const msg = err instanceof Error ? err.message : String(err);
    return {
      ...base,
      status: 'ERROR',
      message: `Rule failed while evaluating this resource: ${msg}`,
      resource: resourceRef(resource),
      evidence: record,
      error: { kind: 'rule-crashed', message: msg },
    };
  }
}
