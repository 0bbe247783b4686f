import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/core/index.js';
import { builtinResourceTypes, validateRuleMeta } from '../../src/core/index.js';
import { builtinRules } from '../../src/rules/index.js';

const RULES_DIR = join(import.meta.dirname, '../../src/rules');
const rules = builtinRules();
const types = builtinResourceTypes();

/** Every non-test module under src/rules/<provider>/<service>/. */
function modules(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...modules(p));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts') out.push(p);
  }
  return out;
}

const ruleModules = await Promise.all(
  modules(RULES_DIR)
    .filter((f) => relative(RULES_DIR, f).split(sep).length === 3)
    .map(async (file) => ({ file, exported: ((await import(pathToFileURL(file).href)) as { default?: unknown }).default })),
);
const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && 'check' in v;
const ruleFiles = ruleModules.filter((m): m is { file: string; exported: Rule } => isRule(m.exported));

describe('built-in rule registry', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  it('gives every rule a unique id', () => {
    const ids = rules.map((r) => r.meta.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('registers every rule file exactly once, and nothing else', () => {
    const registered = new Set(rules);
    for (const { file, exported } of ruleFiles) expect(registered.has(exported), `${relative(RULES_DIR, file)} is not registered in its service index.ts`).toBe(true);
    expect(ruleFiles.length).toBe(rules.length);
  });

  for (const { file, exported: rule } of ruleFiles) {
    const rel = relative(RULES_DIR, file);
    describe(rel, () => {
      it('lives in src/rules/<provider>/<service>/ matching its meta', () => {
        const [provider, service] = rel.split(sep);
        expect(provider).toBe(rule.meta.provider);
        expect(service).toBe(rule.meta.service);
        expect(rule.meta.id.startsWith(`${rule.meta.provider}-${rule.meta.service}-`), `id ${rule.meta.id}`).toBe(true);
      });

      it('has a colocated test that runs testRule', () => {
        const test = file.replace(/\.ts$/, '.test.ts');
        expect(existsSync(test), `missing ${relative(RULES_DIR, test)}`).toBe(true);
        expect(readFileSync(test, 'utf8')).toMatch(/\btestRule\(/);
      });

      it('has valid metadata', () => {
        const m = rule.meta;
        expect(validateRuleMeta(m)).toEqual([]);
        for (const t of m.resourceTypes) expect(types.get(t), `resource type ${t} is not modelled`).toBeDefined();
        expect(m.references.length, 'at least one reference').toBeGreaterThan(0);
        expect(m.sources?.length, 'sources must say live, iac or both').toBeGreaterThan(0);
        for (const s of m.sources ?? []) expect(['live', 'iac']).toContain(s);
        expect(m.remediation.console ?? m.remediation.cli, 'console steps or a CLI command').toBeTruthy();
        expect(m.title.endsWith('.'), 'titles do not end with a full stop').toBe(false);
      });
    });
  }

  it('gives every helper module its own test', () => {
    const helpers = modules(RULES_DIR).filter((f) => !f.endsWith(`${sep}testing.ts`) && !ruleFiles.some((r) => r.file === f));
    for (const file of helpers) {
      expect(existsSync(file.replace(/\.ts$/, '.test.ts')), `${relative(RULES_DIR, file)} has no test`).toBe(true);
    }
  });
});
