import { describe, expect, it } from 'vitest';
import { CONTROLS } from './controls.js';
import { monitoringKit } from './monitoring-cases.js';

describe('monitoring test kit', () => {
  it('builds fail, pass, unknown and not-applicable cases for every control', () => {
    for (const c of Object.values(CONTROLS)) {
      const k = monitoringKit(c);
      expect(k.fails.length).toBeGreaterThanOrEqual(8);
      expect(k.passes.length).toBeGreaterThan(0);
      expect(k.unknowns.length).toBeGreaterThan(0);
      expect(k.notApplicable).toHaveLength(1);
      expect(k.good.others?.length).toBe(2);
    }
  });
  it('adds a partial-filter case when a control watches several events', () => {
    expect(monitoringKit(CONTROLS.cloudtrailChanges).fails.some((f) => f.name.startsWith('a filter missing'))).toBe(true);
    expect(monitoringKit(CONTROLS.consoleAuthFailures).fails.some((f) => f.name.startsWith('a filter missing'))).toBe(false);
  });
});
