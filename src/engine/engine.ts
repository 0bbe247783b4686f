import type { ComplianceRef, Finding, Mute, Provider, Resource, ResourceTypeRegistry, Rule, Severity } from '../core/index.js';
import { SEVERITY_RANK, runRule } from '../core/index.js';
import { Inventory } from '../core/index.js';

export interface RuleFilter {
  /** Only these rule ids (exact, or a prefix ending in `*`). */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Only rules at or above this severity. */
  minSeverity?: Severity;
  severities?: readonly Severity[];
  providers?: readonly Provider[];
}

/** Decides whether a result is muted (inline suppression, exception, config). */
export type Muter = (finding: Finding, resource: Resource) => Mute | undefined;

export interface EvaluateOptions {
  rules: readonly Rule[];
  types: ResourceTypeRegistry;
  filter?: RuleFilter;
  muters?: readonly Muter[];
  /** Framework controls each rule evaluates, from the framework files. */
  compliance?: (ruleId: string) => readonly ComplianceRef[];
  /** Called every `progressEvery` resources. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** The moment the evidence describes (default: now); rules judge ages against it. */
  now?: Date;
  /**
   * Receives each finding, muted and stamped, as soon as it is made; the findings are then not
   * kept, so memory does not grow with them (a streaming reporter counts and writes them).
   */
  onFinding?: (finding: Finding, resource: Resource) => void;
}

export interface Evaluation {
  /** Every finding, in evaluation order; empty when `onFinding` received them instead. */
  findings: Finding[];
  /** How many findings were made, kept or handed to `onFinding`. */
  findingCount: number;
  /** True when the findings went to `onFinding` and `findings` is empty. */
  streamed: boolean;
  rulesEvaluated: number;
  resources: number;
}

function matchesId(id: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? id.startsWith(p.slice(0, -1)) : id === p));
}

export function selectRules(rules: readonly Rule[], filter: RuleFilter = {}): Rule[] {
  return rules.filter((r) => {
    const m = r.meta;
    if (filter.include?.length && !matchesId(m.id, filter.include)) return false;
    if (filter.exclude?.length && matchesId(m.id, filter.exclude)) return false;
    if (filter.minSeverity && SEVERITY_RANK[m.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
    if (filter.severities?.length && !filter.severities.includes(m.severity)) return false;
    if (filter.providers?.length && !filter.providers.includes(m.provider)) return false;
    return true;
  });
}

/** Groups rules by the resource types they judge, so each resource meets only its own rules. */
export function indexRulesByType(rules: readonly Rule[]): Map<string, Rule[]> {
  const byType = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const t of rule.meta.resourceTypes) {
      let list = byType.get(t);
      if (!list) byType.set(t, (list = []));
      list.push(rule);
    }
  }
  return byType;
}

/**
 * Evaluates every selected rule on every resource of its types. Passes are kept (scores need
 * denominators); a rule that throws or reads unknown evidence yields ERROR for that resource only.
 * Rules join resources only within `resources`: a caller that evaluates part of a scan at a time
 * (one Terraform root module) passes the part that can refer to itself, and one `now` to all parts.
 */
export function evaluate(resources: Iterable<Resource>, opts: EvaluateOptions): Evaluation {
  const inventory = resources instanceof Inventory ? resources : new Inventory(resources);
  const selected = selectRules(opts.rules, opts.filter);
  const byType = indexRulesByType(selected);
  const findings: Finding[] = [];
  const sink = opts.onFinding;
  let findingCount = 0;
  const every = opts.progressEvery ?? 5000;
  const now = opts.now ?? new Date();
  let done = 0;
  const total = inventory.size;
  for (const resource of inventory) {
    const rules = byType.get(resource.type);
    if (rules) {
      const typeDef = opts.types.get(resource.type);
      for (const rule of rules) {
        // A rule that can only judge live data (root credentials, MFA enrolment) skips IaC, and vice versa.
        if (rule.meta.sources && !rule.meta.sources.includes(resource.provenance.kind)) continue;
        const finding = runRule(rule, resource, typeDef, inventory, now);
        const refs = opts.compliance?.(rule.meta.id);
        if (refs?.length) finding.compliance = [...refs];
        applyMutes(finding, resource, opts.muters);
        findingCount++;
        if (sink) sink(finding, resource);
        else findings.push(finding);
      }
    }
    done++;
    if (opts.onProgress && done % every === 0) opts.onProgress(done, total);
  }
  if (opts.onProgress && done % every !== 0) opts.onProgress(done, total);
  return { findings, findingCount, streamed: sink !== undefined, rulesEvaluated: selected.length, resources: total };
}

function applyMutes(finding: Finding, resource: Resource, muters: readonly Muter[] | undefined): void {
  if (!muters?.length || finding.status === 'NOT_APPLICABLE') return;
  for (const muter of muters) {
    const mute = muter(finding, resource);
    if (mute) {
      finding.mute = { ...mute, mutedStatus: finding.status };
      finding.status = 'MUTED';
      return;
    }
  }
}

/** Sort for output: worst first, then rule, then resource. */
export function sortFindings(findings: Finding[]): Finding[] {
  const statusRank: Record<string, number> = { FAIL: 0, ERROR: 1, MUTED: 2, PASS: 3, NOT_APPLICABLE: 4 };
  return findings.sort(
    (x, y) =>
      (statusRank[x.status] ?? 9) - (statusRank[y.status] ?? 9) ||
      SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
      x.ruleId.localeCompare(y.ruleId) ||
      x.resource.uid.localeCompare(y.resource.uid),
  );
}
