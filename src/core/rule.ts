import { UnknownEvidenceError, describeCause } from './evidence.js';
import { ParapetError } from './errors.js';
import type { Finding, Remediation, ResourceRef, Severity } from './finding.js';
import { SEVERITIES, fingerprint, resourceRef } from './finding.js';
import type { JsonValue } from './json.js';
import type { EvidenceRecord } from './read.js';
import { locationOf, readPath } from './read.js';
import type { Location, Provider, Resource, ResourceTypeDef } from './resource.js';
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
  /**
   * Computes a derived index once per inventory (e.g. which buckets receive access logs), so a rule
   * that joins resources stays linear instead of scanning the inventory for every resource.
   */
  memo<T>(key: string, compute: () => T): T;
}

export type CheckOutcome =
  | { status: 'PASS' | 'FAIL'; message: string; path?: string }
  | { status: 'NOT_APPLICABLE'; message: string };

export interface RuleContext {
  readonly resource: Resource;
  readonly inventory: InventoryView;
  /**
   * The moment the evidence describes: the scan's start, or a snapshot's `generatedAt`. Rules that
   * judge ages (key rotation, unused credentials, expiry) use it, so a snapshot scan gives the same
   * result next year as today.
   */
  readonly now: Date;
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

const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number';
const isList = (x: unknown): x is JsonValue[] => Array.isArray(x);

/**
 * The per-(rule, resource) context. Every read is recorded so the finding carries its evidence.
 * A class, not a bag of closures: one is made per rule and resource, millions per large scan.
 */
class Context implements RuleContext {
  constructor(
    readonly resource: Resource,
    private readonly typeDef: ResourceTypeDef | undefined,
    readonly inventory: InventoryView,
    private readonly record: EvidenceRecord[],
    readonly now: Date,
  ) {}

  get(path: string): JsonValue | undefined {
    return readPath(this.resource, path, this.typeDef, this.record).value;
  }
  bool(path: string): boolean {
    return expectType(path, this.get(path), 'boolean', isBool) ?? false;
  }
  string(path: string): string | undefined {
    return expectType(path, this.get(path), 'string', isStr);
  }
  number(path: string): number | undefined {
    return expectType(path, this.get(path), 'number', isNum);
  }
  list(path: string): JsonValue[] {
    return expectType(path, this.get(path), 'list', isList) ?? [];
  }
  isSet(path: string): boolean {
    const r = readPath(this.resource, path, this.typeDef, this.record);
    return !r.isDefault && r.value !== undefined && r.value !== null;
  }
  getOf(other: Resource, path: string): JsonValue | undefined {
    const sub: EvidenceRecord[] = [];
    try {
      return readPath(other, path, undefined, sub).value;
    } finally {
      for (const s of sub) this.record.push({ ...s, path: `${other.uid}#${s.path}` });
    }
  }
  pass(message: string, path?: string): CheckOutcome {
    return path === undefined ? { status: 'PASS', message } : { status: 'PASS', message, path };
  }
  fail(message: string, path?: string): CheckOutcome {
    return path === undefined ? { status: 'FAIL', message } : { status: 'FAIL', message, path };
  }
  notApplicable(message: string): CheckOutcome {
    return { status: 'NOT_APPLICABLE', message };
  }
}

export function createContext(resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView, record: EvidenceRecord[], now: Date = new Date()): RuleContext {
  return new Context(resource, typeDef, inventory, record, now);
}

/**
 * Runs one rule on one resource and builds its finding. Never throws: unknown evidence and rule
 * crashes both become ERROR results that say what went wrong.
 */
/** One shared ResourceRef per resource and location: a resource meets many rules. */
const refCache = new WeakMap<Resource, Map<Location | undefined, ResourceRef>>();
function sharedRef(resource: Resource, loc: Location | undefined): ResourceRef {
  let byLoc = refCache.get(resource);
  if (!byLoc) refCache.set(resource, (byLoc = new Map()));
  let ref = byLoc.get(loc);
  if (!ref) byLoc.set(loc, (ref = resourceRef(resource, loc)));
  return ref;
}

function finding(rule: Rule, resource: Resource, status: Finding['status'], message: string, loc: Location | undefined, evidence: EvidenceRecord[]): Finding {
  const meta = rule.meta;
  return {
    id: fingerprint(meta.id, resource.uid),
    ruleId: meta.id,
    title: meta.title,
    severity: meta.severity,
    status,
    message,
    resource: sharedRef(resource, loc),
    // An exact-size copy: the array the reads pushed into has room for 16 and is garbage young,
    // while the finding lives until the report (a third less memory per finding).
    evidence: evidence.length === 0 ? [] : evidence.slice(),
    compliance: [],
    remediation: meta.remediation,
  };
}

export function runRule(rule: Rule, resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView, now?: Date): Finding {
  const record: EvidenceRecord[] = [];
  try {
    const outcome = rule.check(createContext(resource, typeDef, inventory, record, now));
    if (!outcome || typeof outcome !== 'object' || !('status' in outcome)) {
      throw new TypeError('check() must return ctx.pass(), ctx.fail() or ctx.notApplicable()');
    }
    const loc = 'path' in outcome && outcome.path ? locationOf(resource, outcome.path) : undefined;
    return finding(rule, resource, outcome.status, outcome.message, loc, record);
  } catch (err) {
    if (err instanceof UnknownEvidenceError) {
      const f = finding(rule, resource, 'ERROR', `Cannot evaluate: ${err.path} is unknown (${describeCause(err.cause)})`, locationOf(resource, err.path), record);
      f.error = { kind: 'unknown-evidence', message: describeCause(err.cause), cause: err.cause };
      return f;
    }
    const msg = err instanceof Error ? err.message : String(err);
    const f = finding(rule, resource, 'ERROR', `Rule failed while evaluating this resource: ${msg}`, undefined, record);
    f.error = { kind: 'rule-crashed', message: msg };
    return f;
  }
}
