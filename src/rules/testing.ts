/**
 * The rule tester: every rule gives `fail`, `pass` and `unknown` cases, and the tester polices them.
 * A `fail` case must FAIL, a `pass` case must PASS, and an `unknown` case (evidence the rule reads
 * could not be collected or resolved) must give ERROR naming the cause, never PASS.
 * Only test files import this module.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Resource, Rule } from '../core/index.js';
import { Inventory, builtinResourceTypes, runRule } from '../core/index.js';

export interface RuleCase {
  name: string;
  resource: Resource;
  /** Other resources the rule may join with (account settings, related resources). */
  others?: Resource[];
  /** Substring the finding message must contain. */
  message?: string | RegExp;
  /** For `fail` cases: the line the finding must point at. */
  line?: number;
  /**
   * For `pass` cases: attributes the rule reads but may legitimately do without (e.g. bucket-level
   * settings when the account-level ones already block public access). Each needs a reason.
   */
  tolerateUnknown?: Record<string, string>;
}

export interface RuleCases {
  fail: RuleCase[];
  pass: RuleCase[];
  /** Each must give ERROR; `cause` is a substring the error must name (an API operation, an expression). */
  unknown: (RuleCase & { cause: string })[];
  notApplicable?: RuleCase[];
}

const types = builtinResourceTypes();

export function evaluateCase(rule: Rule, c: RuleCase): Finding {
  const inv = new Inventory([c.resource, ...(c.others ?? [])]);
  return runRule(rule, c.resource, types.get(c.resource.type), inv);
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has at least one fail, one pass and one unknown case', () => {
      expect(cases.fail.length).toBeGreaterThan(0);
      expect(cases.pass.length).toBeGreaterThan(0);
      expect(cases.unknown.length).toBeGreaterThan(0);
      const names = [...cases.fail, ...cases.pass, ...cases.unknown, ...(cases.notApplicable ?? [])].map((c) => c.name);
      expect(new Set(names).size, 'case names must be unique').toBe(names.length);
    });
    it('judges only resource types it declares', () => {
      for (const c of [...cases.fail, ...cases.pass, ...cases.unknown]) expect(rule.meta.resourceTypes).toContain(c.resource.type);
    });
    for (const c of cases.fail) {
      it(`FAIL: ${c.name}`, () => {
        const f = evaluateCase(rule, c);
        expect(f.status, f.message).toBe('FAIL');
        if (c.message) expect(f.message).toMatch(c.message);
        if (c.line !== undefined) expect(f.resource.location?.line).toBe(c.line);
      });
    }
    for (const c of cases.pass) {
      it(`PASS: ${c.name}`, () => {
        const f = evaluateCase(rule, c);
        expect(f.status, f.message).toBe('PASS');
        if (c.message) expect(f.message).toMatch(c.message);
      });
    }
    for (const c of cases.pass) {
      it(`never PASS when evidence read by "${c.name}" turns unknown`, () => {
        const read = evaluateCase(rule, c).evidence.filter((e) => !e.path.includes('#')).map((e) => e.path.split('.')[0] as string);
        for (const attr of new Set(read)) {
          if (c.tolerateUnknown?.[attr]) continue;
          const cause = { kind: 'api-error' as const, operation: `test:Get-${attr}`, errorCode: 'AccessDenied', message: `test:Get-${attr} failed: AccessDenied` };
          const resource = { ...c.resource, attributes: { ...c.resource.attributes, [attr]: { state: 'unknown' as const, cause } } };
          const f = evaluateCase(rule, { ...c, resource });
          expect(f.status, `${attr} unknown gave ${f.status}: ${f.message} (if the rule may pass without it, say why in the case's tolerateUnknown)`).toBe('ERROR');
          expect(f.message).toContain(`test:Get-${attr}`);
        }
      });
    }
    for (const c of cases.unknown) {
      it(`ERROR (unknown evidence): ${c.name}`, () => {
        const f = evaluateCase(rule, c);
        expect(f.status, f.message).toBe('ERROR');
        expect(f.error?.kind).toBe('unknown-evidence');
        expect(f.message).toContain(c.cause);
      });
    }
    for (const c of cases.notApplicable ?? []) {
      it(`NOT_APPLICABLE: ${c.name}`, () => {
        const f = evaluateCase(rule, c);
        expect(f.status, f.message).toBe('NOT_APPLICABLE');
      });
    }
  });
}
