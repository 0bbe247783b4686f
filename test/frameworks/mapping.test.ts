import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtinFrameworkDir, builtinFrameworks, controlCoverage, unknownRuleIds } from '../../src/frameworks/index.js';
import { builtinRules } from '../../src/rules/index.js';

const ruleIds = builtinRules().map((r) => r.meta.id);

describe('built-in frameworks', () => {
  const frameworks = builtinFrameworks();

  it('load and validate', () => {
    expect(frameworks.length).toBeGreaterThan(0);
    expect(frameworks.map((f) => f.id)).toContain('cis-aws-6.0');
  });

  it('name only rules that exist in builtinRules()', () => {
    expect(unknownRuleIds(frameworks, ruleIds)).toEqual([]);
  });

  it('map Prowler checks only to rules that exist', () => {
    const table = parse(readFileSync(join(builtinFrameworkDir(), 'prowler-equivalents.yaml'), 'utf8')) as Record<string, string | string[]>;
    const named = Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : v));
    expect(named.filter((r) => !ruleIds.includes(r))).toEqual([]);
  });

  it('never give a control its bare id as title', () => {
    for (const f of frameworks) for (const c of f.controls) expect(c.title, `${f.id} ${c.id}`).not.toBe(c.id);
  });

  it('keep manual controls free of rules', () => {
    for (const f of frameworks) for (const c of f.controls) if (c.manual) expect(controlCoverage(c), `${f.id} ${c.id}`).toBe('manual');
  });
});
