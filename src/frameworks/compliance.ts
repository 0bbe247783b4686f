import type { ComplianceRef } from '../core/index.js';
import type { Framework } from './model.js';

const NONE: readonly ComplianceRef[] = Object.freeze([]);

/**
 * Index from rule id to the controls it evaluates, so the engine can stamp each finding with its
 * compliance references. Refs come in framework order, then control order; the arrays are frozen
 * and shared, so copy one before changing it.
 */
export function complianceIndex(frameworks: readonly Framework[]): (ruleId: string) => readonly ComplianceRef[] {
  const index = new Map<string, ComplianceRef[]>();
  for (const f of frameworks) {
    for (const c of f.controls) {
      for (const ruleId of c.rules) {
        let refs = index.get(ruleId);
        if (!refs) index.set(ruleId, (refs = []));
        refs.push(Object.freeze({ framework: f.id, control: c.id }));
      }
    }
  }
  for (const refs of index.values()) Object.freeze(refs);
  return (ruleId) => index.get(ruleId) ?? NONE;
}

export interface UnknownRuleRef {
  framework: string;
  control: string;
  ruleId: string;
  /** `builtin` or the file the framework came from. */
  source: string;
}

/** Rule ids named by a framework that are not in `ruleIds` (typos, or rules from a newer version). */
export function unknownRuleIds(frameworks: readonly Framework[], ruleIds: Iterable<string>): UnknownRuleRef[] {
  const known = new Set(ruleIds);
  const out: UnknownRuleRef[] = [];
  for (const f of frameworks) {
    for (const c of f.controls) {
      for (const ruleId of c.rules) {
        if (!known.has(ruleId)) out.push({ framework: f.id, control: c.id, ruleId, source: f.source });
      }
    }
  }
  return out;
}

export interface ComplianceGroup {
  framework: string;
  controls: string[];
}

/** Groups refs by framework, keeping first-seen order: the shape of a "Compliance impact" line. */
export function groupComplianceRefs(refs: readonly ComplianceRef[]): ComplianceGroup[] {
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    let controls = groups.get(r.framework);
    if (!controls) groups.set(r.framework, (controls = []));
    if (!controls.includes(r.control)) controls.push(r.control);
  }
  return [...groups].map(([framework, controls]) => ({ framework, controls }));
}

/**
 * One line for a finding's compliance refs: `cis-aws-6.0 6.3, 6.4; aws-fsbp EC2.13`. With
 * `maxControls`, each framework lists at most that many controls and then `+N more`.
 */
export function describeComplianceRefs(refs: readonly ComplianceRef[], maxControls = Infinity): string {
  return groupComplianceRefs(refs)
    .map(({ framework, controls }) => {
      const shown = controls.slice(0, maxControls);
      const more = controls.length - shown.length;
      return `${framework} ${shown.join(', ')}${more > 0 ? ` +${more} more` : ''}`;
    })
    .join('; ');
}
