import type { SourceIssue } from '../../../../core/index.js';
import type { Range } from '../hcl/ast.js';
import type { ParsedFile } from '../eval/config.js';
import type { TfInstance } from '../eval/module.js';
import type { TfObject, TfValue } from '../eval/values.js';
import { Ref, Unknown } from '../eval/values.js';

/**
 * Terraform plan JSON (`terraform show -json plan.out`) to evaluated instances, so the adapters
 * that serve `.tf` files serve plans too. Values come from `planned_values` (root module and child
 * modules, recursively); what `resource_changes[].change.after_unknown` marks unknown becomes an
 * Unknown, or a Ref when the configuration says which resource it comes from (so a versioning
 * resource still joins the bucket whose id is known only after apply).
 */

interface PlanResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: string | number;
  values?: Record<string, unknown>;
}
interface PlanModule {
  address?: string;
  resources?: PlanResource[];
  child_modules?: PlanModule[];
}
interface ConfigModule {
  resources?: { address: string; expressions?: Record<string, { references?: string[] }> }[];
  module_calls?: Record<string, { module?: ConfigModule }>;
}
interface Plan {
  planned_values?: { root_module?: PlanModule };
  resource_changes?: { address: string; change?: { after_unknown?: unknown } }[];
  configuration?: { root_module?: ConfigModule };
}

function lineRange(line: number): Range {
  const pos = { line, column: 1, byte: 0 };
  return { start: pos, end: pos, startOffset: 0, endOffset: 0 };
}

/** The line of the first `"address": "X"` for each address: where planned_values lists it. */
function addressLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    const address = JSON.parse(`"${m[1] ?? ''}"`) as string;
    if (!lines.has(address)) lines.set(address, line);
  }
  return lines;
}

/** Overlays `after_unknown` (true where unknown) on planned values. */
function withUnknowns(value: unknown, unknown: unknown, expression: string): TfValue {
  if (unknown === true) return new Unknown(expression, 'known only after apply');
  if (Array.isArray(value)) return value.map((x, i) => withUnknowns(x, Array.isArray(unknown) ? unknown[i] : undefined, `${expression}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const u = unknown !== null && typeof unknown === 'object' && !Array.isArray(unknown) ? (unknown as Record<string, unknown>) : {};
    const out: TfObject = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = withUnknowns(v, u[k], `${expression}.${k}`);
    // Attributes absent from the planned values but unknown (computed nested values).
    for (const [k, x] of Object.entries(u)) if (!(k in out) && x === true) out[k] = new Unknown(`${expression}.${k}`, 'known only after apply');
    return out;
  }
  return value as TfValue;
}

/** `aws_s3_bucket.b` in module `module.m` (configuration addresses carry no module prefix). */
function configIndex(mod: ConfigModule | undefined, prefix: string, out: Map<string, Record<string, { references?: string[] }>>): void {
  if (!mod) return;
  for (const r of mod.resources ?? []) if (r.expressions) out.set(`${prefix}${r.address}`, r.expressions);
  for (const [name, call] of Object.entries(mod.module_calls ?? {})) configIndex(call.module, `${prefix}module.${name}.`, out);
}

/** The resource an unknown attribute comes from, from the configuration's references. */
function refFor(references: readonly string[] | undefined, modulePrefix: string, planned: Map<string, PlanResource>): Ref | undefined {
  for (const ref of references ?? []) {
    const parts = ref.split('.');
    const isData = parts[0] === 'data';
    const decl = parts.slice(0, isData ? 3 : 2).join('.');
    const attr = parts.slice(isData ? 3 : 2).join('.') || 'id';
    if (decl.startsWith('var.') || decl.startsWith('local.') || decl.startsWith('module.') || decl.startsWith('each.') || decl.startsWith('count.')) continue;
    const declAddress = `${modulePrefix}${decl.replace(/\[[^\]]*\]$/, '')}`;
    const explicit = `${modulePrefix}${decl}`;
    const instance = planned.has(explicit) ? explicit : planned.has(declAddress) ? declAddress : undefined;
    if (instance) return new Ref(declAddress, instance, attr);
  }
  return undefined;
}

export function readPlan(text: string, path: string, display: string): { instances: TfInstance[]; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  let plan: Plan;
  try {
    plan = JSON.parse(text) as Plan;
  } catch (err) {
    return { instances: [], issues: [{ kind: 'parse-error', file: display, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const file: ParsedFile = { path, display, source: '', body: { type: 'Body', attributes: [], blocks: [], range: lineRange(1) }, comments: [] };
  const lines = addressLines(text);
  const unknownOf = new Map((plan.resource_changes ?? []).map((c) => [c.address, c.change?.after_unknown]));
  const expressions = new Map<string, Record<string, { references?: string[] }>>();
  configIndex(plan.configuration?.root_module, '', expressions);

  const planned = new Map<string, PlanResource>();
  const modulePathOf = new Map<string, string>();
  const visit = (mod: PlanModule | undefined) => {
    if (!mod) return;
    for (const r of mod.resources ?? []) {
      planned.set(r.address, r);
      modulePathOf.set(r.address, mod.address ?? '');
    }
    for (const child of mod.child_modules ?? []) visit(child);
  };
  visit(plan.planned_values?.root_module);
  if (!plan.planned_values) issues.push({ kind: 'warning', file: display, message: 'the plan has no planned_values; nothing to scan' });

  const instances: TfInstance[] = [];
  for (const r of planned.values()) {
    const declAddress = r.index === undefined ? r.address : r.address.slice(0, r.address.lastIndexOf('['));
    const modulePath = modulePathOf.get(r.address) ?? '';
    const config = withUnknowns(r.values ?? {}, unknownOf.get(r.address), r.address) as TfObject;
    const exprs = expressions.get(declAddress.replace(/\[[^\]]*\]/g, ''));
    if (exprs) {
      const prefix = modulePath ? `${modulePath}.` : '';
      for (const [attr, e] of Object.entries(exprs)) {
        if (!(config[attr] instanceof Unknown)) continue;
        const ref = refFor(e.references, prefix, planned);
        if (ref) config[attr] = ref;
      }
    }
    const range = lineRange(lines.get(r.address) ?? 1);
    instances.push({ mode: r.mode, type: r.type, name: r.name, declAddress, address: r.address, config, positions: { file, range, attrs: {}, blocks: {} }, file, modulePath });
  }
  return { instances, issues };
}
