import type { Finding, Severity, Tags } from '../core/index.js';
import { SEVERITIES } from '../core/index.js';
import { matchesPattern, tagsMatch } from './exceptions.js';
import type { YamlSource } from './yaml-file.js';
import { compileSchema, parseYaml, problemAt, readYamlFile, schemaProblems, throwIfProblems } from './yaml-file.js';

/** advisory: reported only; warn: reported as a warning; block: fails the run (exit code 1). */
export const ENFORCEMENT_MODES = ['advisory', 'warn', 'block'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

/** An environment matches a resource by account id or by tags (either is enough). */
export interface EnvironmentSelector {
  accounts?: string[];
  tags?: Tags;
}

export interface EnforcementEntry {
  /** Rule ids or globs (`aws.s3.*`, `*`). */
  rules: string[];
  /** Named environments; every environment when omitted. */
  environments?: string[];
  /** Only findings of these severities; every severity when omitted. */
  severities?: Severity[];
  mode: EnforcementMode;
}

export interface EnforcementPolicy {
  default: EnforcementMode;
  environments: Record<string, EnvironmentSelector>;
  /** Later entries win over earlier ones, as in .gitignore: put the general first, the exceptions after. */
  policies: EnforcementEntry[];
}

/**
 * The phased rollout of the product seed: 1 Foundation "advisory with critical blocking",
 * 2 Expansion "warning" (critical still blocks; the exceptions process mutes accepted risks),
 * 3 Comprehensive "enforced".
 */
export const ENFORCEMENT_PHASES: Record<1 | 2 | 3, Pick<EnforcementPolicy, 'default' | 'policies'>> = {
  1: { default: 'advisory', policies: [{ rules: ['*'], severities: ['critical'], mode: 'block' }] },
  2: { default: 'warn', policies: [{ rules: ['*'], severities: ['critical'], mode: 'block' }] },
  3: { default: 'block', policies: [] },
};

export const ADVISORY_POLICY: EnforcementPolicy = { default: 'advisory', environments: {}, policies: [] };

export interface EnforcementContext {
  account?: string;
  /** The resource's tags, when the caller has the resource. */
  tags?: Tags;
}

export interface EnforcementDecision {
  mode: EnforcementMode;
  /** Only a FAIL under `block` blocks: muted, erroring and passing results never do. */
  blocks: boolean;
  /** Index of the policy entry that decided, absent when the default did. */
  entry?: number;
}

export function environmentMatches(env: EnvironmentSelector | undefined, ctx: EnforcementContext): boolean {
  if (!env) return false;
  if (env.accounts?.length && ctx.account !== undefined && env.accounts.includes(ctx.account)) return true;
  return !!env.tags && Object.keys(env.tags).length > 0 && tagsMatch(env.tags, ctx.tags);
}

/** The enforcement mode for one finding: the last matching entry, else the default. Pure. */
export function decideEnforcement(policy: EnforcementPolicy, finding: Pick<Finding, 'ruleId' | 'severity' | 'status' | 'resource'>, ctx: EnforcementContext = {}): EnforcementDecision {
  const context: EnforcementContext = { ...ctx, account: ctx.account ?? finding.resource.account };
  for (let i = policy.policies.length - 1; i >= 0; i--) {
    const p = policy.policies[i];
    if (!p) continue;
    if (!p.rules.some((r) => matchesPattern(finding.ruleId, r))) continue;
    if (p.severities?.length && !p.severities.includes(finding.severity)) continue;
    if (p.environments?.length && !p.environments.some((e) => environmentMatches(policy.environments[e], context))) continue;
    return { mode: p.mode, blocks: p.mode === 'block' && finding.status === 'FAIL', entry: i };
  }
  return { mode: policy.default, blocks: policy.default === 'block' && finding.status === 'FAIL' };
}

export interface EnforcementOutcome {
  blocking: Finding[];
  warnings: Finding[];
  advisory: Finding[];
  /** 1 when anything blocks, else 0: what the CLI exits with (before usage and tool errors). */
  exitCode: 0 | 1;
}

/** Sorts failing findings by their enforcement mode. `tagsOf` supplies resource tags by uid. */
export function enforce(policy: EnforcementPolicy, findings: readonly Finding[], tagsOf?: (uid: string) => Tags | undefined): EnforcementOutcome {
  const out: EnforcementOutcome = { blocking: [], warnings: [], advisory: [], exitCode: 0 };
  for (const f of findings) {
    if (f.status !== 'FAIL') continue;
    const tags = tagsOf?.(f.resource.uid);
    const d = decideEnforcement(policy, f, tags ? { tags } : {});
    (d.mode === 'block' ? out.blocking : d.mode === 'warn' ? out.warnings : out.advisory).push(f);
  }
  out.exitCode = out.blocking.length ? 1 : 0;
  return out;
}

const ENFORCEMENT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    phase: { enum: [1, 2, 3] },
    default: { enum: [...ENFORCEMENT_MODES] },
    environments: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          accounts: { type: 'array', items: { type: ['string', 'number'] }, minItems: 1 },
          tags: { type: 'object', minProperties: 1, additionalProperties: { type: ['string', 'number', 'boolean'] } },
        },
      },
    },
    policies: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['mode'],
        properties: {
          rule: { type: 'string', minLength: 1 },
          rules: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          environments: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          severities: { type: 'array', minItems: 1, items: { enum: [...SEVERITIES] } },
          mode: { enum: [...ENFORCEMENT_MODES] },
        },
      },
    },
  },
} as const;

const validateEnforcementFile = compileSchema(ENFORCEMENT_SCHEMA);

interface RawEntry {
  rule?: string;
  rules?: string[];
  environments?: string[];
  severities?: Severity[];
  mode: EnforcementMode;
}
interface RawPolicy {
  phase?: 1 | 2 | 3;
  default?: EnforcementMode;
  environments?: Record<string, { accounts?: (string | number)[]; tags?: Record<string, string | number | boolean> }>;
  policies?: RawEntry[];
}

/**
 * Reads an enforcement policy:
 * ```yaml
 * version: 1
 * phase: 1                  # optional preset from the seed's rollout table
 * default: advisory         # overrides the preset's default
 * environments:
 *   prod: { accounts: ["111111111111"], tags: { environment: prod } }
 * policies:                 # later entries win
 *   - rules: ["aws.s3.*"]
 *     environments: [prod]
 *     mode: block
 * ```
 * Problems name file, line and field (POLICY_INVALID).
 */
export function loadEnforcementFile(file: string): EnforcementPolicy {
  return enforcementFromSource(readYamlFile(file, 'POLICY_INVALID'));
}

export function parseEnforcementYaml(text: string, file = '<enforcement>'): EnforcementPolicy {
  return enforcementFromSource(parseYaml(text, file, 'POLICY_INVALID'));
}

function enforcementFromSource(src: YamlSource): EnforcementPolicy {
  const problems = schemaProblems(src, validateEnforcementFile, 'POLICY_INVALID');
  if (problems.length) throwIfProblems(src, 'POLICY_INVALID', 'enforcement policy', problems, 'fix the fields named above');
  const raw = (src.data ?? {}) as RawPolicy;
  const preset = raw.phase ? ENFORCEMENT_PHASES[raw.phase] : undefined;
  const environments: Record<string, EnvironmentSelector> = {};
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    const sel: EnvironmentSelector = {};
    if (env.accounts) sel.accounts = env.accounts.map(String);
    if (env.tags) sel.tags = Object.fromEntries(Object.entries(env.tags).map(([k, v]) => [k, String(v)]));
    if (!sel.accounts && !sel.tags) problems.push(problemAt(src, 'POLICY_INVALID', ['environments', name], `environment '${name}' selects nothing`, "give 'accounts' or 'tags'"));
    environments[name] = sel;
  }
  const policies: EnforcementEntry[] = [...(preset?.policies ?? [])];
  (raw.policies ?? []).forEach((p, i) => {
    const at = (field: string, message: string, hint?: string) => problemAt(src, 'POLICY_INVALID', ['policies', i, field], message, hint);
    if ((p.rule === undefined) === (p.rules === undefined)) {
      problems.push(at(p.rule === undefined ? 'rules' : 'rule', "give either 'rule' or 'rules'", "e.g. rules: ['aws.s3.*']"));
      return;
    }
    for (const e of p.environments ?? []) {
      if (!environments[e]) problems.push(at('environments', `environment '${e}' is not defined`, `define it under 'environments', or use one of: ${Object.keys(environments).join(', ') || '(none)'}`));
    }
    const entry: EnforcementEntry = { rules: p.rules ?? [p.rule as string], mode: p.mode };
    if (p.environments) entry.environments = p.environments;
    if (p.severities) entry.severities = p.severities;
    policies.push(entry);
  });
  throwIfProblems(src, 'POLICY_INVALID', 'enforcement policy', problems, 'fix the fields named above');
  return { default: raw.default ?? preset?.default ?? 'advisory', environments, policies };
}
