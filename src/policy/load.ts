import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ParapetError, ValidationErrors, formatPosition } from '../core/index.js';
import type { ResourceTypeRegistry } from '../core/index.js';
import { policyFromDocument } from './forms.js';
import type { PolicyRule } from './policy-rule.js';
import { parsePolicyText } from './yaml.js';

export const POLICY_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export interface LoadedPolicies {
  /** One rule per policy, in file order; run them with the built-in rules. */
  policies: PolicyRule[];
  /** Every file that was read. */
  files: string[];
}

/** Policy files under the given paths: files as given, directories searched recursively, sorted. */
export function collectPolicyFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new ParapetError('FILE_NOT_FOUND', `policy path '${p}' does not exist`, { position: { file: p }, hint: 'pass a policy file or a directory of .yaml/.yml/.json policies' });
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    const found = walk(p);
    if (!found.length) throw new ParapetError('FILE_NOT_FOUND', `no policy files (${POLICY_EXTENSIONS.join(', ')}) under '${p}'`, { position: { file: p } });
    files.push(...found);
  }
  return [...new Set(files)];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && (POLICY_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * Parses and validates the policies in one text (YAML or JSON; several YAML documents allowed).
 * Returns problems as data rather than throwing, so callers can gather them across files.
 */
export function compilePolicyText(text: string, file: string, types: ResourceTypeRegistry): { policies: PolicyRule[]; problems: ParapetError[] } {
  const { documents, errors } = parsePolicyText(text, file);
  const problems = [...errors];
  const policies: PolicyRule[] = [];
  for (const doc of documents) {
    const r = policyFromDocument(doc, types);
    problems.push(...r.problems);
    if (r.rule) policies.push(r.rule);
  }
  if (!documents.length && !errors.length) problems.push(new ParapetError('POLICY_INVALID', 'policy file is empty', { position: { file } }));
  return { policies, problems };
}

/**
 * Loads every policy under `paths` (files or directories) and returns them as rules. Throws
 * FILE_NOT_FOUND for a missing path, and ValidationErrors (code POLICY_INVALID) listing every
 * problem, each with file, line and field, when any policy is invalid. Nothing loads until all do.
 */
export function loadPolicies(paths: readonly string[], types: ResourceTypeRegistry): LoadedPolicies {
  const files = collectPolicyFiles(paths);
  const policies: PolicyRule[] = [];
  const problems: ParapetError[] = [];
  const seen = new Map<string, PolicyRule>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push(new ParapetError('POLICY_INVALID', `cannot read policy file: ${(err as Error).message}`, { position: { file }, cause: err }));
      continue;
    }
    const r = compilePolicyText(text, file, types);
    problems.push(...r.problems);
    for (const p of r.policies) {
      const first = seen.get(p.meta.id);
      if (first) {
        problems.push(
          new ParapetError('POLICY_INVALID', `policy '${p.policyId}' has the same rule id ${p.meta.id} as '${first.policyId}' (${formatPosition(first.source)})`, {
            position: { ...p.source, field: p.format === 'seed' ? 'policy' : 'id' },
            hint: 'give each policy its own id',
          }),
        );
      } else {
        seen.set(p.meta.id, p);
        policies.push(p);
      }
    }
  }
  if (problems.length) {
    const first = problems[0] as ParapetError;
    const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in policy files; first: ${formatPosition(first.position)}: ${first.message}`;
    throw new ValidationErrors('POLICY_INVALID', summary, problems, 'fix the policies listed, then run the scan again');
  }
  return { policies, files };
}
