/**
 * IAM policy analysis for the AWS rules: pure functions over policy documents (identity, resource
 * and trust policies). Every analysis answers with a verdict that may be 'unknown' when a part of
 * the document it needed could not be read or resolved; rules turn that into ERROR, never a pass.
 */
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker } from '../../../core/index.js';

// ---------------------------------------------------------------------------------------------
// Parsing

export interface Principal {
  /** True for `"*"` or `{AWS: "*"}`: anyone. */
  any: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface Statement {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principal?: Principal;
  notPrincipal?: Principal;
  condition: ConditionBlock;
  /** The first unreadable part of the statement outside Resource/NotResource, if any. */
  unknown?: UnknownCause;
  /**
   * An unreadable Resource or NotResource entry. Resource policies apply to their own resource, so
   * only identity-policy analyses (where the scope of a grant matters) treat this as unknown.
   */
  unknownResource?: UnknownCause;
}

export interface ParsedPolicy {
  statements: Statement[];
  /** Set when the document as a whole could not be read (not JSON, unresolved, malformed). */
  unknown?: UnknownCause;
}

const MALFORMED = (why: string): UnknownCause => ({ kind: 'unsupported', message: `the policy document cannot be analysed: ${why}` });

/** The first unknown marker anywhere in a value, depth first. */
export function firstUnknown(v: unknown): UnknownCause | undefined {
  if (isUnknownMarker(v)) return v.$unknown;
  if (Array.isArray(v)) {
    for (const x of v) {
      const c = firstUnknown(x);
      if (c) return c;
    }
  } else if (isJsonObject(v)) {
    for (const x of Object.values(v)) {
      const c = firstUnknown(x);
      if (c) return c;
    }
  }
  return undefined;
}

function strings(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push(x);
    else if (typeof x === 'number' || typeof x === 'boolean') out.push(String(x));
  }
  return out;
}

function lowerKeys(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k.toLowerCase()] = v;
  return out;
}

function parsePrincipal(v: unknown): Principal {
  const p: Principal = { any: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (v === '*') return { ...p, any: true };
  if (typeof v === 'string') {
    p.aws.push(v);
    return p;
  }
  if (!isJsonObject(v)) return p;
  const o = lowerKeys(v);
  p.aws = strings(o.aws) ?? [];
  p.service = strings(o.service) ?? [];
  p.federated = strings(o.federated) ?? [];
  p.canonicalUser = strings(o.canonicaluser) ?? [];
  p.any = p.aws.includes('*') || p.canonicalUser.includes('*');
  return p;
}

function parseCondition(v: unknown): ConditionBlock {
  const out: ConditionBlock = {};
  if (!isJsonObject(v)) return out;
  for (const [op, keys] of Object.entries(v)) {
    if (!isJsonObject(keys)) continue;
    const block: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(keys)) block[key.toLowerCase()] = strings(values) ?? [];
    out[op] = block;
  }
  return out;
}

const AFTER_APPLY = /known only after apply/;

/**
 * Replaces values that Terraform knows only after apply (the ARN of a bucket or role declared in
 * the same configuration) by their reference text: they are concrete values, never wildcards, so
 * they do not make a statement unknown. Other unknown parts stay markers.
 */
function settle(v: unknown): unknown {
  if (isUnknownMarker(v)) return AFTER_APPLY.test(v.$unknown.message) && v.$unknown.expression ? `\${${v.$unknown.expression}}` : v;
  if (Array.isArray(v)) return v.map(settle);
  if (isJsonObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = settle(x);
    return out;
  }
  return v;
}

// Several rules read the same document of a resource (admin access, pass-role, escalation,
// service wildcards...): parse an object document once. Held weakly by the document itself, so
// it lives exactly as long as the resource that holds it.
const parsedObjects = new WeakMap<object, ParsedPolicy>();

/** Parses a policy document given as an object or as JSON text. Never throws. The result is shared: do not change it. */
export function parsePolicy(doc: JsonValue | undefined): ParsedPolicy {
  if (doc !== null && typeof doc === 'object') {
    let parsed = parsedObjects.get(doc);
    if (!parsed) parsedObjects.set(doc, (parsed = parseDocument(doc)));
    return parsed;
  }
  return parseDocument(doc);
}

function parseDocument(doc: JsonValue | undefined): ParsedPolicy {
  if (doc === undefined || doc === null) return { statements: [] };
  if (isUnknownMarker(doc)) return { statements: [], unknown: doc.$unknown };
  let value: unknown = doc;
  if (typeof doc === 'string') {
    if (doc.trim() === '') return { statements: [] };
    try {
      value = JSON.parse(doc);
    } catch {
      return { statements: [], unknown: MALFORMED('it is not valid JSON') };
    }
  }
  if (!isJsonObject(value)) return { statements: [], unknown: MALFORMED('it is not a JSON object') };
  const top = lowerKeys(value);
  const raw = top.statement;
  if (isUnknownMarker(raw)) return { statements: [], unknown: raw.$unknown };
  if (raw === undefined) return { statements: [] };
  const list = Array.isArray(raw) ? raw : [raw];
  const statements: Statement[] = [];
  for (const [index, raw] of list.entries()) {
    const s = settle(raw);
    if (isUnknownMarker(s)) {
      statements.push({ index, effect: 'Allow', condition: {}, unknown: s.$unknown });
      continue;
    }
    if (!isJsonObject(s)) return { statements, unknown: MALFORMED(`statement ${index} is not an object`) };
    const o = lowerKeys(s);
    const effect = typeof o.effect === 'string' && o.effect.toLowerCase() === 'deny' ? 'Deny' : 'Allow';
    const st: Statement = { index, effect, condition: parseCondition(o.condition) };
    if (typeof o.sid === 'string') st.sid = o.sid;
    const actions = strings(o.action);
    if (actions) st.actions = actions;
    const notActions = strings(o.notaction);
    if (notActions) st.notActions = notActions;
    const resources = strings(o.resource);
    if (resources) st.resources = resources;
    const notResources = strings(o.notresource);
    if (notResources) st.notResources = notResources;
    if (o.principal !== undefined) st.principal = parsePrincipal(o.principal);
    if (o.notprincipal !== undefined) st.notPrincipal = parsePrincipal(o.notprincipal);
    const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'resource' && k !== 'notresource' && k !== 'sid'));
    const unknown = firstUnknown(rest) ?? (typeof o.effect !== 'string' && o.effect !== undefined ? MALFORMED(`statement ${index} has an unreadable Effect`) : undefined);
    if (unknown) st.unknown = unknown;
    const unknownResource = firstUnknown(o.resource) ?? firstUnknown(o.notresource);
    if (unknownResource) st.unknownResource = unknownResource;
    statements.push(st);
  }
  return { statements };
}

// ---------------------------------------------------------------------------------------------
// Matching

const globCache = new Map<string, RegExp>();

/** IAM wildcard match: `*` any run, `?` one character, case-insensitive. */
export function wildcardMatch(pattern: string, value: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    globCache.set(pattern, re);
  }
  return re.test(value);
}

/** True when the statement's Action/NotAction covers `action` (e.g. `iam:PassRole`). */
export function coversAction(st: Statement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => wildcardMatch(p, action));
  if (st.notActions) return !st.notActions.some((p) => wildcardMatch(p, action));
  return false;
}

/** True when the statement covers every action (Action "*" or "*:*"). */
export function coversAllActions(st: Statement): boolean {
  return !!st.actions?.some((p) => /^\*(:\*)?$/.test(p.trim()));
}

/** True when the statement applies to every resource (Resource "*", or a NotResource). */
export function coversAllResources(st: Statement): boolean {
  if (st.resources) return st.resources.some((r) => r.trim() === '*');
  return st.notResources !== undefined;
}

/**
 * True when the statement reaches resources of other principals broadly: `*`, a NotResource, or
 * an ARN with a wildcard in its name part. Self-scoped ARNs (`${aws:username}`) do not count.
 */
export function broadResource(st: Statement): boolean {
  if (st.notResources) return true;
  return (st.resources ?? []).some((r) => !r.includes('${aws:username}') && !r.includes('${aws:userid}') && (r.trim() === '*' || /[*?]/.test(r.split(/[:/]/).slice(5).join('/') || r)));
}

function hasCondition(st: Statement): boolean {
  return Object.keys(st.condition).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Verdicts

export interface Verdict<V extends string> {
  verdict: V | 'unknown';
  /** Human-readable reasons, naming the statements involved. */
  reasons: string[];
  cause?: UnknownCause;
}

function label(st: Statement): string {
  return st.sid ? `statement ${st.index} (${st.sid})` : `statement ${st.index}`;
}

/** Throws UnknownEvidenceError for an unknown verdict, so the rule reports ERROR naming the cause. */
export function decided<V extends string>(v: Verdict<V>, path: string): Verdict<V> & { verdict: V } {
  if (v.verdict === 'unknown') throw new UnknownEvidenceError(path, v.cause ?? MALFORMED('unknown'));
  return v as Verdict<V> & { verdict: V };
}

// -- Resource policies --------------------------------------------------------------------------

/**
 * Condition keys that tie a statement to known callers or networks: a statement open to "*" but
 * limited by one of these with concrete values is not public.
 */
export const RESTRICTING_KEYS: readonly string[] = [
  'aws:sourceip',
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username',
  'aws:principalserviceprincipal',
  'aws:principalservicename',
  'kms:calleraccount',
  'kms:viaservice',
  'lambda:principalorgid',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
  'sns:endpoint',
];

const OPEN_VALUES = new Set(['*', '0.0.0.0/0', '::/0']);

function isNegatedOperator(op: string): boolean {
  return /^(forallvalues:|foranyvalue:)?(stringnot|arnnot|notipaddress)/i.test(op);
}

function isPositiveOperator(op: string): boolean {
  if (/ifexists$/i.test(op)) return false;
  return /^(forallvalues:|foranyvalue:)?(stringequals|stringequalsignorecase|stringlike|arnequals|arnlike|ipaddress)$/i.test(op);
}

/** The restricting keys a statement's condition limits positively (Allow side). */
export function restrictingKeys(st: Statement): string[] {
  const keys: string[] = [];
  for (const [op, block] of Object.entries(st.condition)) {
    if (!isPositiveOperator(op)) continue;
    for (const [key, values] of Object.entries(block)) {
      if (!RESTRICTING_KEYS.includes(key)) continue;
      if (values.length === 0 || values.some((v) => OPEN_VALUES.has(v.trim()))) continue;
      keys.push(key);
    }
  }
  return keys;
}

/** The restricting keys a Deny statement enforces ("deny unless the caller is in my org"). */
function denyGuardKeys(st: Statement): string[] {
  const keys: string[] = [];
  for (const [op, block] of Object.entries(st.condition)) {
    if (!isNegatedOperator(op)) continue;
    for (const [key, values] of Object.entries(block)) {
      if (RESTRICTING_KEYS.includes(key) && values.length > 0 && !values.some((v) => OPEN_VALUES.has(v.trim()))) keys.push(key);
    }
  }
  return keys;
}

function principalIsAnyone(st: Statement): boolean {
  if (st.notPrincipal) return true; // Allow + NotPrincipal: everyone except the listed principals
  const p = st.principal;
  return !!p && (p.any || p.federated.includes('*'));
}

function denyAppliesToAll(st: Statement): boolean {
  return !!st.principal?.any || (!st.principal && !st.notPrincipal);
}

/** Would this Deny block the actions of `allow` for anyone outside its guard? */
function denyCovers(deny: Statement, allow: Statement): boolean {
  if (!denyAppliesToAll(deny)) return false;
  if (coversAllActions(deny)) return true;
  if (!allow.actions || !deny.actions) return false;
  // Each allowed pattern must be covered by some denied pattern (the same or wider).
  return allow.actions.every((a) => (deny.actions ?? []).some((d) => wildcardMatch(d, a)));
}

export type PublicVerdict = 'public' | 'restricted' | 'not-public';

/**
 * Decides whether a resource policy lets anyone (any AWS account, anonymous callers) in.
 * 'restricted' means an open principal is limited by a condition (source IP, VPC endpoint,
 * organisation, source account...), or an unconditional-principal Deny guards it.
 */
export function analyzeResourcePolicy(doc: JsonValue | undefined): Verdict<PublicVerdict> {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown };
  const denies = policy.statements.filter((s) => s.effect === 'Deny' && !s.unknown);
  const unknownDeny = policy.statements.find((s) => s.effect === 'Deny' && s.unknown);
  const publicReasons: string[] = [];
  const restrictedReasons: string[] = [];
  let unknownAllow: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    if (st.unknown) {
      unknownAllow ??= st.unknown;
      continue;
    }
    if (!principalIsAnyone(st)) continue;
    const keys = restrictingKeys(st);
    if (keys.length) {
      restrictedReasons.push(`${label(st)} is open to any principal but limited by ${keys.join(', ')}`);
      continue;
    }
    const guard = denies.find((d) => denyCovers(d, st) && (!hasCondition(d) || denyGuardKeys(d).length > 0));
    if (guard && !hasCondition(guard)) continue; // cancelled outright
    if (guard) {
      restrictedReasons.push(`${label(st)} is open to any principal but ${label(guard)} denies callers outside ${denyGuardKeys(guard).join(', ')}`);
      continue;
    }
    const what = st.notPrincipal ? 'everyone except the NotPrincipal list' : 'any principal ("*")';
    publicReasons.push(`${label(st)} allows ${(st.actions ?? st.notActions ?? []).join(', ') || 'actions'} to ${what}${hasCondition(st) ? ' (its conditions do not limit who can call)' : ''}`);
  }
  if (publicReasons.length) {
    if (unknownDeny?.unknown) return { verdict: 'unknown', reasons: publicReasons, cause: unknownDeny.unknown };
    return { verdict: 'public', reasons: publicReasons };
  }
  if (unknownAllow) return { verdict: 'unknown', reasons: [], cause: unknownAllow };
  if (restrictedReasons.length) return { verdict: 'restricted', reasons: restrictedReasons };
  return { verdict: 'not-public', reasons: [] };
}

const ACCOUNT_RE = /^\d{12}$/;

/** The account id named by an AWS principal (`123456789012`, `arn:aws:iam::123456789012:root`). */
export function accountOf(principal: string): string | undefined {
  if (ACCOUNT_RE.test(principal)) return principal;
  const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal);
  return m?.[1];
}

export type CrossAccountVerdict = 'cross-account' | 'organisation' | 'same-account';

/**
 * Decides whether a resource or trust policy grants access to principals of other accounts than
 * `ownAccount` (and, optionally, than the `trusted` allow-list). 'organisation' means every such
 * grant is limited to the caller's organisation (aws:PrincipalOrgID / aws:PrincipalOrgPaths).
 * Without a known own account the verdict is unknown as soon as an account principal appears.
 */
export function analyzeCrossAccount(doc: JsonValue | undefined, ownAccount: string | undefined, trusted: readonly string[] = []): Verdict<CrossAccountVerdict> & { accounts: string[] } {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown, accounts: [] };
  const foreign = new Set<string>();
  const reasons: string[] = [];
  let orgOnly = true;
  let unknown: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    if (st.unknown) {
      unknown ??= st.unknown;
      continue;
    }
    const accounts = (st.principal?.aws ?? []).map(accountOf).filter((a): a is string => !!a);
    if (accounts.length === 0) continue;
    if (!ownAccount) {
      unknown ??= { kind: 'not-collected', message: 'the account that owns the resource is not known, so other accounts cannot be told apart' };
      continue;
    }
    const others = accounts.filter((a) => a !== ownAccount && !trusted.includes(a));
    if (others.length === 0) continue;
    for (const a of others) foreign.add(a);
    const keys = restrictingKeys(st);
    const org = keys.includes('aws:principalorgid') || keys.includes('aws:principalorgpaths');
    if (!org) orgOnly = false;
    reasons.push(`${label(st)} grants ${others.join(', ')}${org ? ' (limited to the organisation)' : ''}`);
  }
  if (foreign.size) return { verdict: orgOnly ? 'organisation' : 'cross-account', reasons, accounts: [...foreign] };
  if (unknown) return { verdict: 'unknown', reasons: [], cause: unknown, accounts: [] };
  return { verdict: 'same-account', reasons: [], accounts: [] };
}

/**
 * True when the policy denies every request made without TLS (aws:SecureTransport false), for
 * all principals. Unknown when an unreadable Deny could be that statement.
 */
export function requiresSecureTransport(doc: JsonValue | undefined): Verdict<'enforced' | 'missing'> {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown };
  let unknown: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.unknown) {
      unknown ??= st.unknown;
      continue;
    }
    if (st.effect !== 'Deny' || !denyAppliesToAll(st)) continue;
    const actionOk = coversAllActions(st) || !!st.actions?.some((a) => /^s3:\*$/i.test(a));
    if (!actionOk) continue;
    for (const [op, block] of Object.entries(st.condition)) {
      const values = block['aws:securetransport'];
      if (!values) continue;
      if (/^bool(ifexists)?$/i.test(op) && values.some((v) => v.toLowerCase() === 'false')) return { verdict: 'enforced', reasons: [`${label(st)} denies requests without TLS`] };
    }
  }
  if (unknown) return { verdict: 'unknown', reasons: [], cause: unknown };
  return { verdict: 'missing', reasons: [] };
}

// -- Identity policies --------------------------------------------------------------------------

/** Allow statements of the given documents that no unconditional Deny cancels. */
function effectiveAllows(docs: readonly JsonValue[]): { allows: Statement[]; denies: Statement[]; unknownAllow?: UnknownCause; unknownDeny?: UnknownCause } {
  const allows: Statement[] = [];
  const denies: Statement[] = [];
  let unknownAllow: UnknownCause | undefined;
  let unknownDeny: UnknownCause | undefined;
  for (const doc of docs) {
    const p = parsePolicy(doc);
    if (p.unknown) {
      unknownAllow ??= p.unknown;
      unknownDeny ??= p.unknown;
    }
    for (const st of p.statements) {
      const u = st.unknown ?? st.unknownResource;
      if (u) {
        if (st.effect === 'Deny') unknownDeny ??= u;
        else unknownAllow ??= u;
      } else (st.effect === 'Deny' ? denies : allows).push(st);
    }
  }
  const out: { allows: Statement[]; denies: Statement[]; unknownAllow?: UnknownCause; unknownDeny?: UnknownCause } = { allows, denies };
  if (unknownAllow) out.unknownAllow = unknownAllow;
  if (unknownDeny) out.unknownDeny = unknownDeny;
  return out;
}

/** True when an unconditional Deny on all resources blocks `action`. */
function deniedOutright(denies: readonly Statement[], action: string): boolean {
  return denies.some((d) => !hasCondition(d) && coversAllResources(d) && coversAction(d, action));
}

/** Actions whose grant on all resources makes a principal effectively an administrator. */
const ADMIN_PROBES = ['iam:CreateUser', 'iam:AttachUserPolicy', 'iam:PutRolePolicy', 'iam:CreatePolicyVersion', 'iam:PassRole', 'iam:UpdateAssumeRolePolicy'];

/**
 * Decides whether identity policies grant administrator-equivalent access: every action on every
 * resource, directly (`*` on `*`) or through NotAction that still leaves IAM open.
 */
export function analyzeAdmin(docs: readonly JsonValue[]): Verdict<'admin' | 'limited'> {
  const { allows, denies, unknownAllow, unknownDeny } = effectiveAllows(docs);
  const reasons: string[] = [];
  for (const st of allows) {
    if (!coversAllResources(st)) continue;
    if (coversAllActions(st)) {
      if (denies.some((d) => !hasCondition(d) && coversAllResources(d) && (coversAllActions(d) || coversAction(d, 'iam:CreateUser')))) continue;
      reasons.push(`${label(st)} allows every action ("*") on every resource`);
    } else if (st.notActions && ADMIN_PROBES.every((a) => coversAction(st, a) && !deniedOutright(denies, a))) {
      reasons.push(`${label(st)} allows everything except ${st.notActions.join(', ')} on every resource, IAM included`);
    }
  }
  if (reasons.length) return unknownDeny ? { verdict: 'unknown', reasons, cause: unknownDeny } : { verdict: 'admin', reasons };
  if (unknownAllow) return { verdict: 'unknown', reasons: [], cause: unknownAllow };
  return { verdict: 'limited', reasons: [] };
}

/** The statements granting `action` on broad resources (not cancelled by an unconditional Deny). */
function grants(allows: readonly Statement[], denies: readonly Statement[], action: string, needAllResources = false): Statement[] {
  if (deniedOutright(denies, action)) return [];
  return allows.filter((st) => coversAction(st, action) && (needAllResources ? coversAllResources(st) : broadResource(st)));
}

/** Decides whether identity policies allow iam:PassRole on every role (Resource "*"). */
export function analyzePassRole(docs: readonly JsonValue[]): Verdict<'any-role' | 'scoped'> {
  const { allows, denies, unknownAllow, unknownDeny } = effectiveAllows(docs);
  const hits = grants(allows, denies, 'iam:PassRole', true);
  if (hits.length) {
    const reasons = hits.map((st) => `${label(st)} allows iam:PassRole on every resource${hasCondition(st) ? ' (with conditions)' : ''}`);
    return unknownDeny ? { verdict: 'unknown', reasons, cause: unknownDeny } : { verdict: 'any-role', reasons };
  }
  if (unknownAllow) return { verdict: 'unknown', reasons: [], cause: unknownAllow };
  return { verdict: 'scoped', reasons: [] };
}

/** Known privilege-escalation paths: each is a set of actions that together let a principal raise its own rights. */
export const ESCALATION_PATHS: readonly { name: string; actions: readonly string[] }[] = [
  { name: 'create a new default version of a managed policy', actions: ['iam:CreatePolicyVersion'] },
  { name: 'switch a managed policy to another version', actions: ['iam:SetDefaultPolicyVersion'] },
  { name: 'attach any managed policy to a user', actions: ['iam:AttachUserPolicy'] },
  { name: 'attach any managed policy to a group', actions: ['iam:AttachGroupPolicy'] },
  { name: 'attach any managed policy to a role', actions: ['iam:AttachRolePolicy'] },
  { name: 'write an inline policy on a user', actions: ['iam:PutUserPolicy'] },
  { name: 'write an inline policy on a group', actions: ['iam:PutGroupPolicy'] },
  { name: 'write an inline policy on a role', actions: ['iam:PutRolePolicy'] },
  { name: 'add a user to any group', actions: ['iam:AddUserToGroup'] },
  { name: 'create access keys for other users', actions: ['iam:CreateAccessKey'] },
  { name: 'set a console password for other users', actions: ['iam:CreateLoginProfile'] },
  { name: 'change the console password of other users', actions: ['iam:UpdateLoginProfile'] },
  { name: 'rewrite a role trust policy and assume the role', actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'] },
  { name: 'pass a role to a new Lambda function and invoke it', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'] },
  { name: 'pass a role to a new Lambda function triggered by an event source', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'] },
  { name: 'replace the code of an existing Lambda function', actions: ['lambda:UpdateFunctionCode'] },
  { name: 'pass a role to a new EC2 instance', actions: ['iam:PassRole', 'ec2:RunInstances'] },
  { name: 'pass a role to a new CloudFormation stack', actions: ['iam:PassRole', 'cloudformation:CreateStack'] },
  { name: 'pass a role to a new Glue development endpoint', actions: ['iam:PassRole', 'glue:CreateDevEndpoint'] },
  { name: 'take over an existing Glue development endpoint', actions: ['glue:UpdateDevEndpoint'] },
  { name: 'pass a role to a new Data Pipeline', actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'] },
  { name: 'pass a role to a new SageMaker notebook and open it', actions: ['iam:PassRole', 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'] },
  { name: 'pass a role to a new ECS task', actions: ['iam:PassRole', 'ecs:RegisterTaskDefinition', 'ecs:RunTask'] },
  { name: 'pass a role to a new CodeBuild project and run it', actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'] },
];

/**
 * Decides whether identity policies allow a known privilege-escalation path: every action of the
 * path granted on broad resources. Grants of every action are left to the admin analysis.
 */
export function analyzeEscalation(docs: readonly JsonValue[]): Verdict<'escalation' | 'none'> & { paths: string[] } {
  const { allows, denies, unknownAllow, unknownDeny } = effectiveAllows(docs);
  const paths: string[] = [];
  for (const path of ESCALATION_PATHS) {
    const via = path.actions.map((a) => grants(allows, denies, a));
    if (via.every((g) => g.length > 0)) paths.push(`${path.name} (${path.actions.join(' + ')})`);
  }
  if (paths.length) return unknownDeny ? { verdict: 'unknown', reasons: paths, paths, cause: unknownDeny } : { verdict: 'escalation', reasons: paths, paths };
  if (unknownAllow) return { verdict: 'unknown', reasons: [], paths: [], cause: unknownAllow };
  return { verdict: 'none', reasons: [], paths: [] };
}

/**
 * Decides whether identity policies grant every action of one service on every resource
 * (`s3:*` on `*`), a sign of a policy written without least privilege.
 */
export function analyzeServiceWildcard(docs: readonly JsonValue[], service?: string): Verdict<'wildcard' | 'scoped'> {
  const { allows, denies, unknownAllow, unknownDeny } = effectiveAllows(docs);
  const reasons: string[] = [];
  for (const st of allows) {
    if (!coversAllResources(st)) continue;
    for (const a of st.actions ?? []) {
      const m = /^([a-z0-9-]+):\*$/i.exec(a.trim());
      if (!m || (service && m[1]?.toLowerCase() !== service)) continue;
      if (deniedOutright(denies, `${m[1]}:*`) || denies.some((d) => !hasCondition(d) && coversAllResources(d) && coversAllActions(d))) continue;
      reasons.push(`${label(st)} allows ${a} on every resource`);
    }
  }
  if (reasons.length) return unknownDeny ? { verdict: 'unknown', reasons, cause: unknownDeny } : { verdict: 'wildcard', reasons };
  if (unknownAllow) return { verdict: 'unknown', reasons: [], cause: unknownAllow };
  return { verdict: 'scoped', reasons: [] };
}

// -- Trust policies -----------------------------------------------------------------------------

const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML'];

function grantsAssume(st: Statement): boolean {
  return ASSUME_ACTIONS.some((a) => coversAction(st, a));
}

function hasExternalId(st: Statement): boolean {
  return Object.entries(st.condition).some(([op, block]) => isPositiveOperator(op) && (block['sts:externalid']?.length ?? 0) > 0 && !block['sts:externalid']?.includes('*'));
}

export type TrustVerdict = 'any-principal' | 'foreign-no-external-id' | 'foreign-guarded' | 'internal';

/**
 * Judges a role trust policy. 'any-principal': anyone can assume it (Principal "*" without a
 * restricting condition). 'foreign-no-external-id': another account (outside `trusted`) can assume
 * it without an sts:ExternalId or organisation condition. 'foreign-guarded': other accounts with such
 * a condition. 'internal': only the own account, services and federation providers.
 */
export function analyzeTrust(doc: JsonValue | undefined, ownAccount: string | undefined, trusted: readonly string[] = []): Verdict<TrustVerdict> & { accounts: string[] } {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown, accounts: [] };
  const anyReasons: string[] = [];
  const openReasons: string[] = [];
  const guardedReasons: string[] = [];
  const accounts = new Set<string>();
  let unknown: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.unknown) {
      if (st.effect === 'Allow') unknown ??= st.unknown;
      continue;
    }
    if (st.effect !== 'Allow' || !grantsAssume(st)) continue;
    const guarded = hasExternalId(st) || restrictingKeys(st).some((k) => k === 'aws:principalorgid' || k === 'aws:principalorgpaths' || k === 'aws:principalaccount' || k === 'aws:principalarn' || k === 'aws:sourceaccount' || k === 'aws:sourcearn');
    if (principalIsAnyone(st)) {
      if (restrictingKeys(st).length) guardedReasons.push(`${label(st)} trusts any principal limited by ${restrictingKeys(st).join(', ')}`);
      else anyReasons.push(`${label(st)} lets any AWS principal assume the role`);
      continue;
    }
    const foreign = (st.principal?.aws ?? []).map((p) => ({ p, acct: accountOf(p) })).filter((x) => x.acct !== undefined);
    for (const { p, acct } of foreign) {
      if (!ownAccount) {
        unknown ??= { kind: 'not-collected', message: 'the account that owns the role is not known, so other accounts cannot be told apart' };
        continue;
      }
      if (acct === ownAccount || trusted.includes(acct as string)) continue;
      accounts.add(acct as string);
      (guarded ? guardedReasons : openReasons).push(`${label(st)} trusts ${p}${guarded ? ' with an external id or organisation condition' : ' without an sts:ExternalId condition'}`);
    }
  }
  if (anyReasons.length) return { verdict: 'any-principal', reasons: anyReasons, accounts: [...accounts] };
  if (openReasons.length) return { verdict: 'foreign-no-external-id', reasons: openReasons, accounts: [...accounts] };
  if (unknown) return { verdict: 'unknown', reasons: [], cause: unknown, accounts: [] };
  if (guardedReasons.length) return { verdict: 'foreign-guarded', reasons: guardedReasons, accounts: [...accounts] };
  return { verdict: 'internal', reasons: [], accounts: [] };
}

/**
 * Decides only whether anyone may assume a role (`"*"` without a restricting condition); unlike
 * analyzeTrust it needs no own account.
 */
export function analyzeTrustPublic(doc: JsonValue | undefined): Verdict<'any-principal' | 'named'> {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown };
  const reasons: string[] = [];
  let unknown: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.unknown) {
      unknown ??= st.unknown;
      continue;
    }
    if (st.effect !== 'Allow' || !grantsAssume(st) || !principalIsAnyone(st)) continue;
    if (restrictingKeys(st).length === 0) reasons.push(`${label(st)} lets any AWS principal assume the role`);
  }
  if (reasons.length) return { verdict: 'any-principal', reasons };
  if (unknown) return { verdict: 'unknown', reasons: [], cause: unknown };
  return { verdict: 'named', reasons: [] };
}

/**
 * Decides whether identity policies allow `action` on every resource (`"*"` or a NotResource),
 * not cancelled by an unconditional Deny, e.g. sts:AssumeRole on every role.
 */
export function analyzeActionOnAll(docs: readonly JsonValue[], action: string): Verdict<'all-resources' | 'scoped'> {
  const { allows, denies, unknownAllow, unknownDeny } = effectiveAllows(docs);
  const hits = grants(allows, denies, action, true);
  if (hits.length) {
    const reasons = hits.map((st) => `${label(st)} allows ${action} on every resource`);
    return unknownDeny ? { verdict: 'unknown', reasons, cause: unknownDeny } : { verdict: 'all-resources', reasons };
  }
  if (unknownAllow) return { verdict: 'unknown', reasons: [], cause: unknownAllow };
  return { verdict: 'scoped', reasons: [] };
}

const OPEN_SUBJECTS = /^(\*|repo:\*|repo:\*:\*|\*:\*)$/;

/**
 * Judges the web identity (OIDC) statements of a trust policy: each must pin the token's subject
 * (`<provider>:sub`, or `cognito-identity.amazonaws.com:aud` for Cognito) to concrete values.
 * Without that, any identity the provider issues tokens for (any GitHub repository, any pod of a
 * shared issuer) can assume the role.
 */
export function analyzeWebIdentityTrust(doc: JsonValue | undefined): Verdict<'unrestricted' | 'restricted' | 'none'> {
  const policy = parsePolicy(doc);
  if (policy.unknown) return { verdict: 'unknown', reasons: [], cause: policy.unknown };
  const open: string[] = [];
  const pinned: string[] = [];
  let unknown: UnknownCause | undefined;
  for (const st of policy.statements) {
    if (st.unknown) {
      unknown ??= st.unknown;
      continue;
    }
    if (st.effect !== 'Allow' || !coversAction(st, 'sts:AssumeRoleWithWebIdentity')) continue;
    for (const provider of st.principal?.federated ?? []) {
      const cognito = provider === 'cognito-identity.amazonaws.com';
      const host = cognito ? provider : /oidc-provider\/(.+)$/.exec(provider)?.[1];
      if (!host) continue;
      const key = `${host.toLowerCase()}:${cognito ? 'aud' : 'sub'}`;
      const ok = Object.entries(st.condition).some(([op, block]) => {
        if (/ifexists$/i.test(op) || !/^(forallvalues:|foranyvalue:)?(stringequals|stringlike)/i.test(op)) return false;
        const values = block[key];
        return !!values && values.length > 0 && values.every((v) => !OPEN_SUBJECTS.test(v.trim()));
      });
      (ok ? pinned : open).push(`${label(st)} trusts ${host} without a condition pinning ${key}`);
    }
  }
  if (open.length) return { verdict: 'unrestricted', reasons: open };
  if (unknown) return { verdict: 'unknown', reasons: [], cause: unknown };
  return pinned.length ? { verdict: 'restricted', reasons: pinned.map((r) => r.replace(' without a condition pinning', ', pinning')) } : { verdict: 'none', reasons: [] };
}
