import { UnknownEvidenceError, describeCause } from './evidence.js';
import { ParapetError } from './errors.js';
import type { ComplianceRef, Finding, Remediation, ResourceRef, Severity } from './finding.js';
import { SEVERITIES, fingerprint, resourceRef } from './finding.js';
import type { JsonValue } from './json.js';
import type { EvidenceRecord, EvidenceSink } from './read.js';
import { locationOf, readIsSet, readValue } from './read.js';
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
    private record: EvidenceSink,
    readonly now: Date,
  ) {}

  /** Ends the run: a rule that kept the context and reads later no longer adds to any finding. */
  detach(): void {
    this.record = DISCARD;
  }

  get(path: string): JsonValue | undefined {
    return readValue(this.resource, path, this.typeDef, this.record);
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
    return readIsSet(this.resource, path, this.typeDef, this.record);
  }
  getOf(other: Resource, path: string): JsonValue | undefined {
    const sub: EvidenceRecord[] = [];
    try {
      return readValue(other, path, undefined, sub);
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

const DISCARD: EvidenceSink = { push: () => undefined };

/**
 * The evidence of one run, pushed into an array kept from run to run: a fresh array per run grew
 * a backing store for 17 records on the first read, garbage as soon as the finding took its copy.
 */
class Recorder implements EvidenceSink {
  private readonly items: EvidenceRecord[] = [];
  private size = 0;
  push(record: EvidenceRecord): void {
    this.items[this.size++] = record;
  }
  /** An exact-size copy for the finding, which lives until the report; literals for the usual one or two records. */
  take(): EvidenceRecord[] {
    const items = this.items;
    switch (this.size) {
      case 0:
        return [];
      case 1:
        return [items[0] as EvidenceRecord];
      case 2:
        return [items[0] as EvidenceRecord, items[1] as EvidenceRecord];
      default:
        return items.slice(0, this.size);
    }
  }
  clear(): void {
    this.size = 0;
  }
}

/** The recorder of the last run, free again; undefined while a run (or a run nested in it) holds it. */
let spareRecorder: Recorder | undefined;

export function createContext(resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView, record: EvidenceRecord[], now: Date = new Date()): RuleContext {
  return new Context(resource, typeDef, inventory, record, now);
}

/** One shared ResourceRef per resource and location: a resource meets many rules. */
const refCache = new WeakMap<Resource, Map<Location | undefined, ResourceRef>>();
// The engine runs all rules of one resource in a row: the last resource's refs skip the WeakMap.
let refsOf: Resource | undefined;
let lastRefs: Map<Location | undefined, ResourceRef> | undefined;
function sharedRef(resource: Resource, loc: Location | undefined): ResourceRef {
  let byLoc = resource === refsOf ? lastRefs : undefined;
  if (!byLoc) {
    byLoc = refCache.get(resource);
    if (!byLoc) refCache.set(resource, (byLoc = new Map()));
    refsOf = resource;
    lastRefs = byLoc;
  }
  let ref = byLoc.get(loc);
  if (!ref) byLoc.set(loc, (ref = resourceRef(resource, loc)));
  return ref;
}

type FindingError = NonNullable<Finding['error']>;

/**
 * The compliance list of a finding no framework maps: one frozen empty list for all of them (a
 * finding lives until the report), replaced by the engine when frameworks name the rule.
 */
const NO_COMPLIANCE = Object.freeze([]) as readonly ComplianceRef[] as ComplianceRef[];

function finding(rule: Rule, resource: Resource, status: Finding['status'], message: string, loc: Location | undefined, evidence: EvidenceRecord[], error?: FindingError): Finding {
  const meta = rule.meta;
  // Whole literals, one per shape: `error` added after creation would move the finding to a
  // separate property store. Key order is the order reports print.
  if (error === undefined) {
    return {
      id: fingerprint(meta.id, resource.uid),
      ruleId: meta.id,
      title: meta.title,
      severity: meta.severity,
      status,
      message,
      resource: sharedRef(resource, loc),
      evidence,
      compliance: NO_COMPLIANCE,
      remediation: meta.remediation,
    };
  }
  return {
    id: fingerprint(meta.id, resource.uid),
    ruleId: meta.id,
    title: meta.title,
    severity: meta.severity,
    status,
    message,
    resource: sharedRef(resource, loc),
    evidence,
    compliance: NO_COMPLIANCE,
    remediation: meta.remediation,
    error,
  };
}

/**
 * Runs one rule on one resource and builds its finding. Never throws: unknown evidence and rule
 * crashes both become ERROR results that say what went wrong.
 */
export function runRule(rule: Rule, resource: Resource, typeDef: ResourceTypeDef | undefined, inventory: InventoryView, now?: Date): Finding {
  const record = spareRecorder ?? new Recorder();
  spareRecorder = undefined;
  const ctx = new Context(resource, typeDef, inventory, record, now ?? new Date());
  try {
    const outcome = rule.check(ctx);
    if (!outcome || typeof outcome !== 'object' || !('status' in outcome)) {
      throw new TypeError('check() must return ctx.pass(), ctx.fail() or ctx.notApplicable()');
    }
    const loc = 'path' in outcome && outcome.path ? locationOf(resource, outcome.path) : undefined;
    return finding(rule, resource, outcome.status, outcome.message, loc, record.take());
  } catch (err) {
    if (err instanceof UnknownEvidenceError) {
      const why = describeCause(err.cause);
      return finding(rule, resource, 'ERROR', `Cannot evaluate: ${err.path} is unknown (${why})`, locationOf(resource, err.path), record.take(), {
        kind: 'unknown-evidence',
        message: why,
        cause: err.cause,
      });
    }
    const msg = err instanceof Error ? err.message : String(err);
    return finding(rule, resource, 'ERROR', `Rule failed while evaluating this resource: ${msg}`, undefined, record.take(), { kind: 'rule-crashed', message: msg });
  } finally {
    ctx.detach();
    record.clear();
    spareRecorder = record;
  }
}
