import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceIssue } from '../../../../core/index.js';
import { walkIacFiles } from '../../common/index.js';
import type { TerraformOptions } from './load.js';
import { evaluateTerraform } from './load.js';
import type { TfInstance } from './module.js';

/** Writes files (relative path → content) under a fresh temporary directory and returns it. */
export function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

export interface EvaluatedTree {
  dir: string;
  instances: TfInstance[];
  issues: SourceIssue[];
  /** Instance configuration by full address. */
  byAddress: Map<string, TfInstance>;
}

/** Evaluates the Terraform files of a tree the way a scan does (walker, then the evaluator). */
export async function evaluateTree(files: Record<string, string>, opts: TerraformOptions = {}): Promise<EvaluatedTree> {
  const dir = writeTree(files);
  const walked = await walkIacFiles([dir]);
  const tf = walked.files.filter((f) => f.kind === 'terraform');
  const { modules, issues } = evaluateTerraform(tf, opts);
  const instances = modules.flatMap((m) => m.instances);
  return { dir, instances, issues: [...walked.issues, ...issues], byAddress: new Map(instances.map((i) => [i.address, i])) };
}
