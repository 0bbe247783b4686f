import { ParapetError, SEVERITIES, isJsonObject, isSeverity } from '../core/index.js';
import type { JsonObject, JsonValue, Remediation, ResourceTypeDef, ResourceTypeRegistry, RuleMeta, Severity } from '../core/index.js';
import type { CelProblem } from './cel.js';
import { compileCel } from './cel.js';
import { ControlSyntaxError, controlToCel } from './controls.js';
import type { PolicyCondition, PolicyCriterion, PolicyRule, PolicySelector } from './policy-rule.js';
import { buildPolicyRule } from './policy-rule.js';
import type { FieldPath, PolicyDocument } from './yaml.js';
import { formatFieldPath } from './yaml.js';

/** Collects every problem of one document with its file, line and field. */
class Checker {
  readonly problems: ParapetError[] = [];
  constructor(
    readonly doc: PolicyDocument,
    readonly types: ResourceTypeRegistry,
  ) {}

  add(path: FieldPath, message: string, hint?: string): void {
    this.problems.push(new ParapetError('POLICY_INVALID', message, { position: this.doc.positionOf(path), ...(hint ? { hint } : {}) }));
  }

  /** Unknown keys are reported: a misspelt `severty` must not be silently ignored. */
  onlyKeys(obj: JsonObject, path: FieldPath, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) if (!allowed.includes(k)) this.add([...path, k], `unknown field '${k}' (expected ${allowed.join(', ')})`);
  }

  string(obj: JsonObject, key: string, path: FieldPath, opts: { required?: boolean; min?: number; max?: number } = {}): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (opts.required) this.add([...path, key], `'${key}' is required`);
      return undefined;
    }
    if (typeof v !== 'string') return void this.add([...path, key], `'${key}' must be a string, not ${kindOf(v)}`);
    if (opts.min !== undefined && v.trim().length < opts.min) return void this.add([...path, key], `'${key}' must have at least ${opts.min} characters`);
    if (opts.max !== undefined && v.length > opts.max) return void this.add([...path, key], `'${key}' must have at most ${opts.max} characters`);
    return v;
  }

  severity(obj: JsonObject, path: FieldPath, fallback?: Severity): Severity | undefined {
    const v = obj.severity;
    if (v === undefined && fallback) return fallback;
    if (typeof v === 'string' && isSeverity(v.toLowerCase())) return v.toLowerCase() as Severity;
    this.add([...path, 'severity'], v === undefined ? `'severity' is required (one of ${SEVERITIES.join(', ')})` : `severity ${JSON.stringify(v)} is not one of ${SEVERITIES.join(', ')}`);
    return undefined;
  }

  resourceType(name: JsonValue | undefined, path: FieldPath): ResourceTypeDef | undefined {
    if (typeof name !== 'string' || !name) return void this.add(path, 'a resource type is required, e.g. aws_s3_bucket or aws.s3.bucket');
    const def = this.types.resolve(name);
    if (!def) {
      const known = this.types.all().map((d) => `${d.type} (${d.aliases[0] ?? d.type})`);
      this.add(path, `unknown resource type '${name}'; known types: ${known.join(', ')}`, 'use a model type name or one of its aliases');
    }
    return def;
  }

  cel(source: string, typeDef: ResourceTypeDef, path: FieldPath, what: string): PolicyCondition['cel'] | undefined {
    const compiled = compileCel(source, typeDef);
    if ('problems' in compiled) {
      for (const p of compiled.problems) this.add(path, `${what}: ${problemText(p)}`);
      return undefined;
    }
    return compiled;
  }
}

function problemText(p: CelProblem): string {
  return p.offset === undefined ? p.message : `${p.message} (at character ${p.offset + 1})`;
}

function kindOf(v: JsonValue): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

/** `S3_DATA_PROTECTION` → `policy-s3-data-protection`: valid for the rule id pattern, never clashing with built-ins. */
export function policyRuleId(policyId: string): string {
  const slug = policyId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `policy-${slug}`;
}

function baseMeta(init: { ruleId: string; title: string; severity: Severity; types: ResourceTypeDef[]; description: string; risk?: string; remediation: Remediation; references?: string[] }): RuleMeta {
  const types = [...new Set(init.types.map((t) => t.type))];
  const services = [...new Set(init.types.map((t) => t.service))];
  const first = init.types[0] as ResourceTypeDef;
  return {
    id: init.ruleId,
    title: init.title,
    severity: init.severity,
    provider: first.provider,
    service: services.length === 1 ? (services[0] as string) : 'multi',
    resourceTypes: types,
    description: init.description,
    risk: init.risk ?? init.description,
    remediation: init.remediation,
    references: init.references ?? [],
    sources: ['live', 'iac'],
    tags: ['custom-policy'],
    version: 1,
  };
}

function titleFrom(id: string, description: string): string {
  const t = `${id}: ${description}`;
  return t.length <= 120 ? t : `${t.slice(0, 117)}...`;
}

function checkProviders(c: Checker, types: ResourceTypeDef[], path: FieldPath): boolean {
  const providers = new Set(types.map((t) => t.provider));
  if (providers.size > 1) c.add(path, `one policy may cover one provider only, found ${[...providers].join(', ')}`, 'split the policy per provider');
  return providers.size === 1;
}

const SEED_KEYS = ['policy', 'description', 'criteria', 'remediation', 'severity', 'title'];
const SEED_CRITERION_KEYS = ['resource_type', 'tags', 'required_controls'];

/** The seed document's format: `policy`, `criteria[].required_controls` in SQL-like syntax, `remediation`. */
export function seedPolicy(c: Checker, v: JsonObject): PolicyRule | undefined {
  c.onlyKeys(v, [], SEED_KEYS);
  const id = c.string(v, 'policy', [], { required: true, min: 1 });
  if (id && policyRuleId(id) === 'policy-') c.add(['policy'], `policy id '${id}' needs at least one letter or digit`);
  const description = c.string(v, 'description', [], { required: true, min: 1 });
  const title = c.string(v, 'title', [], { min: 10, max: 120 });
  const severity = c.severity(v, [], 'medium');
  const criteria: PolicyCriterion[] = [];
  const crits = v.criteria;
  if (!Array.isArray(crits) || !crits.length) c.add(['criteria'], "'criteria' must be a non-empty list");
  else
    crits.forEach((crit, i) => {
      const path = ['criteria', i];
      if (!isJsonObject(crit)) return c.add(path, `a criterion must be a mapping, not ${kindOf(crit)}`);
      c.onlyKeys(crit, path, SEED_CRITERION_KEYS);
      const typeDef = c.resourceType(crit.resource_type, [...path, 'resource_type']);
      const selector: Partial<PolicySelector> = {};
      if (crit.tags !== undefined) {
        if (!Array.isArray(crit.tags) || crit.tags.some((t) => typeof t !== 'string' || !t)) c.add([...path, 'tags'], "'tags' must be a list of 'key:value' strings");
        else selector.tagsAny = crit.tags as string[];
      }
      const controls = crit.required_controls;
      if (!Array.isArray(controls) || !controls.length) return c.add([...path, 'required_controls'], "'required_controls' must be a non-empty list");
      if (!typeDef) return;
      const conditions: PolicyCondition[] = [];
      controls.forEach((ctl, j) => {
        const cpath = [...path, 'required_controls', j];
        if (typeof ctl !== 'string') return c.add(cpath, `a control must be a string such as "versioning.enabled = true", not ${kindOf(ctl)}`);
        let celSource: string;
        try {
          celSource = controlToCel(ctl, typeDef);
        } catch (err) {
          if (!(err instanceof ControlSyntaxError)) throw err;
          return c.add(cpath, `control "${ctl}": ${err.message} (at character ${err.offset + 1})`);
        }
        const cel = c.cel(celSource, typeDef, cpath, `control "${ctl}"`);
        if (cel) conditions.push({ label: ctl, field: formatFieldPath(cpath), cel });
      });
      criteria.push({ selector: { ...selector, typeDef }, conditions });
    });
  const plan = v.remediation;
  if (plan !== undefined) checkRemediationPlan(c, plan);
  if (!id || !description || !severity || c.problems.length) return undefined;
  const types = criteria.map((x) => x.selector.typeDef);
  if (!checkProviders(c, types, ['criteria'])) return undefined;
  const template = isJsonObject(plan) && typeof plan.remediation_template === 'string' ? plan.remediation_template : undefined;
  const approvers = isJsonObject(plan) && Array.isArray(plan.approver_roles) ? plan.approver_roles.join(', ') : undefined;
  const text = `Bring the resource in line with every required control of policy ${id}${template ? ` (template: ${template})` : ''}${isJsonObject(plan) && plan.approval_required === true ? `; changes need approval${approvers ? ` from ${approvers}` : ''}` : ''}.`;
  return buildPolicyRule({
    meta: baseMeta({ ruleId: policyRuleId(id), title: title ?? titleFrom(id, description), severity, types, description, remediation: { text } }),
    policyId: id,
    format: 'seed',
    source: sourceOf(c, 'policy'),
    criteria,
    ...(isJsonObject(plan) ? { remediationPlan: deepFreeze(structuredClone(plan)) } : {}),
  });
}

function checkRemediationPlan(c: Checker, plan: JsonValue): void {
  const path = ['remediation'];
  if (!isJsonObject(plan)) return c.add(path, `'remediation' must be a mapping, not ${kindOf(plan)}`);
  for (const k of ['auto_remediate', 'approval_required']) if (plan[k] !== undefined && typeof plan[k] !== 'boolean') c.add([...path, k], `'${k}' must be true or false`);
  if (plan.remediation_template !== undefined && typeof plan.remediation_template !== 'string') c.add([...path, 'remediation_template'], "'remediation_template' must be a path string");
  const roles = plan.approver_roles;
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string'))) c.add([...path, 'approver_roles'], "'approver_roles' must be a list of role names");
}

const CEL_KEYS = ['id', 'title', 'severity', 'description', 'risk', 'remediation', 'references', 'select', 'conditions'];
const REMEDIATION_KEYS = ['text', 'cli', 'terraform', 'cloudformation', 'console'];

/** The native form: `id`, `select`, `conditions[].cel`. */
export function celPolicy(c: Checker, v: JsonObject): PolicyRule | undefined {
  c.onlyKeys(v, [], CEL_KEYS);
  const id = c.string(v, 'id', [], { required: true, min: 1 });
  if (id && !/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(id)) c.add(['id'], `id '${id}' must start with a letter or digit and hold only letters, digits, '_', '.', ':' and '-'`);
  const title = c.string(v, 'title', [], { required: true, min: 10, max: 120 });
  const severity = c.severity(v, []);
  const description = c.string(v, 'description', [], { required: true, min: 1 });
  const risk = c.string(v, 'risk', []);
  const remediation = celRemediation(c, v.remediation);
  const references: string[] = [];
  if (v.references !== undefined) {
    if (!Array.isArray(v.references)) c.add(['references'], "'references' must be a list of https URLs");
    else
      v.references.forEach((r, i) => {
        if (typeof r !== 'string' || !/^https:\/\//.test(r)) c.add(['references', i], 'a reference must be an https URL');
        else references.push(r);
      });
  }
  const sel = v.select;
  let selector: PolicySelector | undefined;
  if (!isJsonObject(sel)) c.add(['select'], "'select' is required: a mapping with 'type' and optional 'tags' and 'where'");
  else selector = celSelector(c, sel);
  const conditions: PolicyCondition[] = [];
  const conds = v.conditions;
  if (!Array.isArray(conds) || !conds.length) c.add(['conditions'], "'conditions' must be a non-empty list");
  else if (selector)
    conds.forEach((cond, i) => {
      const path = ['conditions', i];
      const obj = typeof cond === 'string' ? { cel: cond } : cond;
      if (!isJsonObject(obj)) return c.add(path, 'a condition must be a CEL string or a mapping with \'cel\' and \'message\'');
      c.onlyKeys(obj, path, ['cel', 'message']);
      const src = c.string(obj, 'cel', path, { required: true, min: 1 });
      const message = c.string(obj, 'message', path, { min: 1 });
      const celPath = typeof cond === 'string' ? path : [...path, 'cel'];
      const cel = src ? c.cel(src, selector.typeDef, celPath, 'condition') : undefined;
      if (cel) conditions.push({ label: message ?? (src as string), field: formatFieldPath(celPath), cel });
    });
  if (!id || !title || !severity || !description || !selector || c.problems.length) return undefined;
  return buildPolicyRule({
    meta: baseMeta({ ruleId: policyRuleId(id), title, severity, types: [selector.typeDef], description, ...(risk ? { risk } : {}), remediation, references }),
    policyId: id,
    format: 'cel',
    source: sourceOf(c, 'id'),
    criteria: [{ selector, conditions }],
  });
}

function celSelector(c: Checker, sel: JsonObject): PolicySelector | undefined {
  c.onlyKeys(sel, ['select'], ['type', 'tags', 'where']);
  const typeDef = c.resourceType(sel.type, ['select', 'type']);
  if (!typeDef) return undefined;
  const selector: PolicySelector = { typeDef };
  const tags = sel.tags;
  if (Array.isArray(tags)) {
    if (tags.some((t) => typeof t !== 'string' || !t)) c.add(['select', 'tags'], "a tag list holds 'key:value' strings");
    else selector.tagsAny = tags as string[];
  } else if (isJsonObject(tags)) {
    const all: Record<string, string[]> = {};
    for (const [k, val] of Object.entries(tags)) {
      const vals = Array.isArray(val) ? val : [val];
      if (!vals.length || vals.some((x) => typeof x !== 'string')) c.add(['select', 'tags', k], `tag '${k}' needs a string value, a list of them, or '*'`);
      else all[k] = vals as string[];
    }
    selector.tagsAll = all;
  } else if (tags !== undefined) c.add(['select', 'tags'], "'tags' must be a mapping (all must match) or a list of 'key:value' (any may match)");
  if (sel.where !== undefined) {
    if (typeof sel.where !== 'string') c.add(['select', 'where'], "'where' must be a CEL string");
    else {
      const where = c.cel(sel.where, typeDef, ['select', 'where'], 'where');
      if (where) selector.where = where;
    }
  }
  return selector;
}

function celRemediation(c: Checker, r: JsonValue | undefined): Remediation {
  const fallback = { text: 'Change the resource so that every condition of the policy holds.' };
  if (r === undefined || r === null) return fallback;
  if (typeof r === 'string') return { text: r };
  if (!isJsonObject(r)) {
    c.add(['remediation'], "'remediation' must be a string or a mapping with 'text'");
    return fallback;
  }
  c.onlyKeys(r, ['remediation'], REMEDIATION_KEYS);
  const out: Remediation = { text: c.string(r, 'text', ['remediation'], { required: true, min: 1 }) ?? '' };
  for (const k of ['cli', 'terraform', 'cloudformation', 'console'] as const) {
    const s = c.string(r, k, ['remediation']);
    if (s) out[k] = s;
  }
  return out;
}

/** Where the policy's id is written: duplicate-id errors and reports point there. */
function sourceOf(c: Checker, idKey: 'policy' | 'id'): { file: string; line?: number } {
  const pos = c.doc.positionOf([idKey]);
  return pos.line === undefined ? { file: c.doc.file } : { file: c.doc.file, line: pos.line };
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Validates one document and turns it into a rule; the form is told apart by its keys. */
export function policyFromDocument(doc: PolicyDocument, types: ResourceTypeRegistry): { rule?: PolicyRule; problems: ParapetError[] } {
  const c = new Checker(doc, types);
  const v = doc.value;
  let rule: PolicyRule | undefined;
  if (!isJsonObject(v)) c.add([], `a policy must be a mapping, not ${kindOf(v)}`);
  else if ('policy' in v || 'criteria' in v) rule = seedPolicy(c, v);
  else if ('id' in v || 'conditions' in v || 'select' in v) rule = celPolicy(c, v);
  else c.add([], "not a policy: expected 'policy' and 'criteria' (seed form) or 'id', 'select' and 'conditions' (CEL form)");
  return rule && !c.problems.length ? { rule, problems: [] } : { problems: c.problems };
}
