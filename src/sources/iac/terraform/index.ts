import { relative } from 'node:path';
import type { Resource, SourceIssue } from '../../../core/index.js';
import type { InlineSuppression } from '../cloudformation/suppressions.js';
import { adaptInstances } from './adapt/index.js';
import type { TerraformFileInput, TerraformOptions } from './eval/load.js';
import { terraformRootModules } from './eval/load.js';
import { readPlan } from './plan/index.js';
import { terraformSuppressions } from './suppressions.js';

export interface TerraformScan {
  resources: Resource[];
  issues: SourceIssue[];
  suppressions: InlineSuppression[];
  files: number;
}

/** One Terraform root module, scanned: its model resources and what it reported. */
export interface TerraformRootScan {
  /** The root module's directory (absolute). */
  dir: string;
  resources: Resource[];
  /** Its `parapet:ignore` comments, for the suppression muter. */
  suppressions: InlineSuppression[];
  /** Reading and evaluating it and its modules first, then adapting it and reading its suppressions. */
  issues: SourceIssue[];
}

/** A root's issues kept apart, so scanTerraform can list every root's evaluation issues first, as it always has. */
interface RootParts {
  dir: string;
  resources: Resource[];
  suppressions: InlineSuppression[];
  evalIssues: SourceIssue[];
  adaptIssues: SourceIssue[];
}

function* scanRoots(files: readonly TerraformFileInput[], opts: TerraformOptions): Generator<RootParts, void, undefined> {
  for (const m of terraformRootModules(files, opts)) {
    const rootDisplay = relative(process.cwd(), m.dir) || '.';
    const adaptIssues: SourceIssue[] = [];
    const resources = adaptInstances(m.instances, rootDisplay, adaptIssues);
    const s = terraformSuppressions(resources, m.files);
    for (const i of s.issues) adaptIssues.push(i);
    yield { dir: m.dir, resources, suppressions: s.suppressions, evalIssues: m.issues, adaptIssues };
  }
}

/**
 * Parses, evaluates and adapts the Terraform files found by the IaC walker, handing out one root
 * module at a time. Root modules cannot refer to each other's resources, so a caller can judge
 * each root's resources on their own (a fresh Inventory per root) and drop them before the next:
 * with files from `listIacFiles` (no text), memory then follows the largest root module, not the
 * number of files. The roots, concatenated, are what `scanTerraform` returns, issues apart: each
 * root's issues come with it.
 */
export function* scanTerraformRoots(files: readonly TerraformFileInput[], opts: TerraformOptions = {}): Generator<TerraformRootScan, void, undefined> {
  for (const r of scanRoots(files, opts)) yield { dir: r.dir, resources: r.resources, suppressions: r.suppressions, issues: [...r.evalIssues, ...r.adaptIssues] };
}

/** Parses, evaluates and adapts the Terraform files found by the IaC walker, all root modules at once. */
export function scanTerraform(files: readonly TerraformFileInput[], opts: TerraformOptions = {}): TerraformScan {
  const resources: Resource[] = [];
  const suppressions: InlineSuppression[] = [];
  const evalIssues: SourceIssue[] = [];
  const issues: SourceIssue[] = [];
  for (const r of scanRoots(files, opts)) {
    for (const x of r.resources) resources.push(x);
    for (const x of r.suppressions) suppressions.push(x);
    for (const x of r.evalIssues) evalIssues.push(x);
    for (const x of r.adaptIssues) issues.push(x);
  }
  return { resources, issues: [...evalIssues, ...issues], suppressions, files: files.length };
}

/**
 * Reads Terraform plan JSON files (`terraform show -json`): planned values with what is known only
 * after apply marked unknown, adapted by the same adapters as `.tf` files. Findings point at the
 * plan file, on the line where planned_values lists the resource's address.
 */
export function scanTerraformPlans(files: readonly { path: string; relPath: string; content: string }[]): TerraformScan {
  const resources: Resource[] = [];
  const issues: SourceIssue[] = [];
  for (const f of files) {
    const plan = readPlan(f.content, f.path, f.relPath);
    issues.push(...plan.issues);
    resources.push(...adaptInstances(plan.instances, f.relPath, issues));
  }
  return { resources, issues, suppressions: [], files: files.length };
}

export type { TerraformFileInput, TerraformOptions };
export { supportedTerraformTypes } from './adapt/index.js';
