/**
 * The rule catalogue check, run in CI: unique ids, valid metadata, a colocated test with fail, pass
 * and unknown cases for every rule, and docs/rules/ in sync with the code.
 * Run: npx tsx scripts/check-rules.ts
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateRuleMeta } from '../src/core/index.js';
import { builtinRules } from '../src/rules/index.js';
import { rulePage, rulesIndex } from './rule-docs.js';

const problems: string[] = [];
const rules = builtinRules();

const seen = new Map<string, number>();
for (const r of rules) seen.set(r.meta.id, (seen.get(r.meta.id) ?? 0) + 1);
for (const [id, n] of seen) if (n > 1) problems.push(`rule id ${id} is used ${n} times`);

for (const r of rules) for (const p of validateRuleMeta(r.meta)) problems.push(`${r.meta.id}: ${p}`);

/** Every rule module under src/rules/<provider>/<service>/ must be registered and tested. */
function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...ruleFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts' && !/^(testing|helpers?|.*-helpers?|.*\.lib)\.ts$/.test(name)) out.push(p);
  }
  return out;
}
const registered = new Set(rules.map((r) => r.meta.id));
let files = 0;
for (const file of ruleFiles('src/rules').filter((f) => f.split('/').length >= 5)) {
  const src = readFileSync(file, 'utf8');
  if (!src.includes('defineRule(')) continue;
  files++;
  const id = /id:\s*'([^']+)'/.exec(src)?.[1];
  if (!id) {
    problems.push(`${file}: no literal id in meta`);
    continue;
  }
  if (!registered.has(id)) problems.push(`${file}: rule ${id} is not registered in its service index.ts`);
  const testFile = file.replace(/\.ts$/, '.test.ts');
  if (!existsSync(testFile)) {
    problems.push(`${file}: missing test ${testFile}`);
    continue;
  }
  const test = readFileSync(testFile, 'utf8');
  for (const kind of ['fail', 'pass', 'unknown']) {
    if (!new RegExp(`\\b${kind}\\s*:\\s*\\[\\s*\\{`).test(test)) problems.push(`${testFile}: no '${kind}' cases (every rule needs fail, pass and unknown cases)`);
  }
}
if (files !== rules.length) problems.push(`${files} rule files found but ${rules.length} rules registered`);

for (const r of rules) {
  const page = `docs/rules/${r.meta.id}.md`;
  if (!existsSync(page) || readFileSync(page, 'utf8') !== rulePage(r)) problems.push(`${page} is missing or out of date: run npx tsx scripts/rule-docs.ts`);
}
if (!existsSync('docs/rules/README.md') || readFileSync('docs/rules/README.md', 'utf8') !== rulesIndex(rules)) problems.push('docs/rules/README.md is out of date: run npx tsx scripts/rule-docs.ts');
for (const f of existsSync('docs/rules') ? readdirSync('docs/rules') : []) {
  if (f !== 'README.md' && !registered.has(f.replace(/\.md$/, ''))) problems.push(`docs/rules/${f} documents no existing rule: run npx tsx scripts/rule-docs.ts`);
}

if (problems.length) {
  console.error(`rule catalogue check: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exitCode = 1;
} else {
  console.log(`rule catalogue check: ${rules.length} rules, ids unique, metadata valid, tests and docs present`);
}
