import { relative } from 'node:path';
import type { Resource, SourceIssue } from '../../../core/index.js';
import type { InlineSuppression } from '../cloudformation/suppressions.js';
import { adaptInstances } from './adapt/index.js';
import type { TerraformOptions } from './eval/load.js';
import { evaluateTerraform } from './eval/load.js';
import { terraformSuppressions } from './suppressions.js';

export interface TerraformScan {
  resources: Resource[];
  issues: SourceIssue[];
  suppressions: InlineSuppression[];
  files: number;
}

/** Parses, evaluates and adapts the Terraform files found by the IaC walker. */
export function scanTerraform(files: readonly { path: string; relPath: string; content: string; root: string }[], opts: TerraformOptions = {}): TerraformScan {
  const { modules, issues } = evaluateTerraform(files, opts);
  const resources: Resource[] = [];
  const suppressions: InlineSuppression[] = [];
  for (const m of modules) {
    const rootDisplay = relative(process.cwd(), m.dir) || '.';
    const adapted = adaptInstances(m.instances, rootDisplay, issues);
    resources.push(...adapted);
    const s = terraformSuppressions(adapted, m.files);
    suppressions.push(...s.suppressions);
    issues.push(...s.issues);
  }
  return { resources, issues, suppressions, files: files.length };
}

export type { TerraformOptions };
export { supportedTerraformTypes } from './adapt/index.js';
