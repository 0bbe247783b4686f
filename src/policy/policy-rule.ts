import { UnknownEvidenceError, isUnknownMarker } from '../core/index.js';
import type { CheckOutcome, JsonObject, ResourceTypeDef, Rule, RuleContext, RuleMeta, Tags } from '../core/index.js';
import type { CompiledCel } from './cel.js';
import { buildActivation, evaluateCel } from './cel.js';

/** Which resources a criterion judges. */
export interface PolicySelector {
  typeDef: ResourceTypeDef;
  /** Seed form: `key:value` strings, any one must match (a bare `key` matches any value). */
  tagsAny?: readonly string[];
  /** CEL form: every key must be present with one of the listed values (`*` for any value). */
  tagsAll?: Readonly<Record<string, readonly string[]>>;
  /** CEL form: an extra applicability test; false gives NOT_APPLICABLE. */
  where?: CompiledCel;
}

export interface PolicyCondition {
  /** What the user wrote: the seed control text or the CEL condition's message. */
  label: string;
  /** Field path inside the policy file, e.g. `criteria[0].required_controls[3]`. */
  field: string;
  cel: CompiledCel;
}

export interface PolicyCriterion {
  selector: PolicySelector;
  conditions: readonly PolicyCondition[];
}

/** A loaded custom policy: a Rule the engine runs like a built-in one, plus where it came from. */
export interface PolicyRule extends Rule {
  /** The id as written in the file (`S3_DATA_PROTECTION`); `meta.id` is the rule id derived from it. */
  readonly policyId: string;
  readonly format: 'seed' | 'cel';
  readonly source: { file: string; line?: number };
  readonly criteria: readonly PolicyCriterion[];
  /** The seed form's `remediation` block exactly as written, for the remediation workflow. */
  readonly remediationPlan?: JsonObject;
}

/** `tags` entry `key:value` matches when some split at a colon names an existing tag (keys may hold colons). */
export function tagMatches(tags: Tags, spec: string): boolean {
  if (!spec.includes(':')) return spec in tags;
  for (let i = spec.indexOf(':'); i >= 0; i = spec.indexOf(':', i + 1)) {
    if (tags[spec.slice(0, i)] === spec.slice(i + 1)) return true;
  }
  return false;
}

function selectsByTags(s: PolicySelector): boolean {
  return !!s.tagsAny?.length || !!(s.tagsAll && Object.keys(s.tagsAll).length);
}

function tagsSelected(s: PolicySelector, tags: Tags): boolean {
  if (s.tagsAny?.length && !s.tagsAny.some((spec) => tagMatches(tags, spec))) return false;
  for (const [key, values] of Object.entries(s.tagsAll ?? {})) {
    const v = tags[key];
    if (v === undefined) return false;
    if (!values.includes('*') && !values.includes(v)) return false;
  }
  return true;
}

function describeSelection(s: PolicySelector): string {
  const parts: string[] = [];
  if (s.tagsAny?.length) parts.push(`a tag ${s.tagsAny.join(' or ')}`);
  for (const [k, v] of Object.entries(s.tagsAll ?? {})) parts.push(v.includes('*') ? `a tag ${k}` : `tag ${k}=${v.join('|')}`);
  if (s.where) parts.push(`\`${s.where.source}\``);
  return parts.join(' and ');
}

function selected(ctx: RuleContext, s: PolicySelector): boolean {
  const tags = ctx.resource.tags;
  if (selectsByTags(s)) {
    // Unreadable tags cannot decide applicability: ERROR, not a silent NOT_APPLICABLE.
    if (isUnknownMarker(tags)) throw new UnknownEvidenceError('tags', tags.$unknown);
    if (!tagsSelected(s, tags)) return false;
  }
  if (s.where) return evaluateCel(s.where, buildActivation(ctx, s.typeDef, [s.where]));
  return true;
}

/** Judges one resource against every criterion that selects it. */
function checkPolicy(policyId: string, criteria: readonly PolicyCriterion[], ctx: RuleContext): CheckOutcome {
  const mine = criteria.filter((c) => c.selector.typeDef.type === ctx.resource.type);
  const matched = mine.filter((c) => selected(ctx, c.selector));
  if (!matched.length) {
    const why = mine.map((c) => describeSelection(c.selector)).filter(Boolean);
    return ctx.notApplicable(`Not selected by policy ${policyId}${why.length ? `: needs ${why.join('; or ')}` : ''}`);
  }
  const failed: PolicyCondition[] = [];
  let total = 0;
  for (const c of matched) {
    const activation = buildActivation(ctx, c.selector.typeDef, c.conditions.map((x) => x.cel));
    for (const cond of c.conditions) {
      total++;
      if (!evaluateCel(cond.cel, activation)) failed.push(cond);
    }
  }
  if (failed.length) {
    const list = failed.map((f) => f.label).join('; ');
    return ctx.fail(`Policy ${policyId}: ${failed.length} of ${total} required controls failed: ${list}`, failed[0]?.cel.paths[0]);
  }
  return ctx.pass(`Policy ${policyId}: all ${total} required controls hold`);
}

export function buildPolicyRule(init: {
  meta: RuleMeta;
  policyId: string;
  format: 'seed' | 'cel';
  source: { file: string; line?: number };
  criteria: readonly PolicyCriterion[];
  remediationPlan?: JsonObject;
}): PolicyRule {
  const { meta, policyId, criteria } = init;
  const rule: PolicyRule = {
    meta: Object.freeze({ ...meta }),
    policyId,
    format: init.format,
    source: init.source,
    criteria,
    ...(init.remediationPlan ? { remediationPlan: init.remediationPlan } : {}),
    check: (ctx) => checkPolicy(policyId, criteria, ctx),
  };
  return Object.freeze(rule);
}
