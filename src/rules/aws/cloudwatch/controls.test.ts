import { describe, expect, it } from 'vitest';
import { CONTROLS } from './controls.js';
import { parseFilterPattern } from './filter-pattern.js';

describe('CIS monitoring controls', () => {
  const list = Object.values(CONTROLS);
  it('has one control per CIS AWS v6.0 monitoring metric filter (5.1 to 5.15), with unique slugs and metrics', () => {
    expect(list).toHaveLength(15);
    expect(new Set(list.map((c) => c.slug)).size).toBe(15);
    expect(new Set(list.map((c) => c.metricName)).size).toBe(15);
  });
  for (const c of list) {
    it(`${c.slug}: the reference pattern catches every event and not the routine one`, () => {
      const p = parseFilterPattern(c.pattern);
      expect(p.ok).toBe(true);
      if (!p.ok) return;
      for (const e of c.events) expect(p.match(e), JSON.stringify(e)).toBe(true);
      expect(p.match(c.routine)).toBe(false);
    });
  }
  it('the unauthorized-calls control accepts the CIS pattern written without extra parentheses', () => {
    const p = parseFilterPattern('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket") }');
    expect(p.ok && CONTROLS.unauthorizedApiCalls.events.every((e) => p.match(e)) && !p.match(CONTROLS.unauthorizedApiCalls.routine)).toBe(true);
  });
});
