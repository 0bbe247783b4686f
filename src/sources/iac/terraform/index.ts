import { relative } from 'node:path';
import type { Resource, SourceIssue } from '../../../core/index.js';
import type { InlineSuppression } from '../cloudformation/suppressions.js';
import { adaptInstances } from './adapt/index.js';
import type { TerraformOptions } from './eval/load.js';
import { forEachTerraformModule } from './eval/load.js';
import { readPlan } from './plan/index.js';
import { terraformSuppressions } from './suppressions.js';

export interface TerraformScan {
  resources: Resource[];
  issues: SourceIssue[];
  suppressions: InlineSuppression[];
  files: number;
}

/** Parses, evaluates and adapts the Terraform files found by the IaC walker. */
export function scanTerraform(files: readonly { path: string; relPath: string; content: string; root: string }[], opts: TerraformOptions = {}): TerraformScan {
  const resources: Resource[] = [];
  const suppressions: InlineSuppression[] = [];
  const issues: SourceIssue[] = [];
  // One root module at a time: only its model resources outlive it.
  const evalIssues = forEachTerraformModule(files, opts, (m) => {
    const rootDisplay = relative(process.cwd(), m.dir) || '.';
    const adapted = adaptInstances(m.instances, rootDisplay, issues);
    for (const r of adapted) resources.push(r);
    const s = terraformSuppressions(adapted, m.files);
    suppressions.push(...s.suppressions);
    issues.push(...s.issues);
  });
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

export type { TerraformOptions };
export { supportedTerraformTypes } from './adapt/index.js';
