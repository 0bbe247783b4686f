import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Finding } from '../../src/core/index.js';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import { scanCloudFormation } from '../../src/sources/iac/cloudformation/index.js';
import { scanTerraform } from '../../src/sources/iac/terraform/index.js';

export interface TrivyCheck {
  id: string;
  long_id: string;
  service: string;
  title: string;
  examples?: Record<string, { good?: string[] | null; bad?: string[] | null }> | null;
}

export const CORPUS_FILE = new URL('../../../shared/corpus/trivy-checks/aws.yaml', import.meta.url);

export function loadCorpus(): TrivyCheck[] {
  return parse(readFileSync(CORPUS_FILE, 'utf8'), { maxAliasCount: 100 }) as TrivyCheck[];
}

const types = builtinResourceTypes();

/** Scans one example snippet as a file of its format and returns the findings of the given rules. */
export async function scanExample(format: 'terraform' | 'cloudformation', text: string, ruleIds: readonly string[]): Promise<{ findings: Finding[]; parseErrors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-corpus-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, format === 'terraform' ? 'main.tf' : 'template.yaml'), text);
  const { files, issues } = await walkIacFiles([dir]);
  const resources = [];
  const all = [...issues];
  const tf = files.filter((f) => f.kind === 'terraform');
  const cfn = files.filter((f) => f.kind === 'cloudformation');
  if (tf.length) {
    const r = scanTerraform(tf);
    resources.push(...r.resources);
    all.push(...r.issues);
  }
  if (cfn.length) {
    const r = scanCloudFormation(cfn.map((f) => ({ path: f.path, content: f.content, relPath: f.relPath })));
    resources.push(...r.resources);
    all.push(...r.issues);
  }
  const { findings } = evaluate(new Inventory(resources), { rules: builtinRules(), types, filter: { include: ruleIds } });
  return { findings, parseErrors: all.filter((i) => i.kind === 'parse-error').map((i) => `${i.file}:${i.line}: ${i.message}`) };
}
