import type { Finding } from '../core/index.js';
import type { Framework } from './model.js';

/**
 * - PASS: every evaluated result passed (or every result was muted: an accepted exception).
 * - FAIL: at least one unmuted result failed.
 * - ERROR: nothing failed, but at least one resource could not be evaluated.
 * - MANUAL: a process or human check; no rule can judge it.
 * - NOT_COVERED: could be automated, but no Parapet rule evaluates it yet.
 * - NOT_APPLICABLE: its rules ran, but no resource in scope (no results, or only NOT_APPLICABLE).
 */
export const CONTROL_STATUSES = ['FAIL', 'ERROR', 'PASS', 'NOT_APPLICABLE', 'MANUAL', 'NOT_COVERED'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Results of the control's rules, one per (rule, resource). */
export interface ResultCounts {
  pass: number;
  fail: number;
  error: number;
  muted: number;
  notApplicable: number;
}

export interface ResourceCounts {
  /** Distinct resources with at least one PASS, FAIL or ERROR result. */
  evaluated: number;
  /** Of those, the ones with no FAIL and no ERROR result. */
  compliant: number;
}

export interface ControlScore {
  id: string;
  title: string;
  section?: string;
  rules: readonly string[];
  status: ControlStatus;
  results: ResultCounts;
  resources: ResourceCounts;
  /** `resources.compliant / resources.evaluated`, or null when no resource was evaluated. */
  compliantShare: number | null;
}

export interface FrameworkScore {
  framework: { id: string; name: string; version: string };
  controls: ControlScore[];
  /** Controls per status. */
  byStatus: Record<ControlStatus, number>;
  /** Controls in total, and how many an automated rule can evaluate at all. */
  totalControls: number;
  automatedControls: number;
  /** Distinct resources across all controls (a resource is compliant when none of its results fail or error). */
  resources: ResourceCounts;
  /**
   * Percentage of evaluated controls (PASS, FAIL, ERROR) that pass, one decimal; null when no
   * control was evaluated. MANUAL, NOT_COVERED and NOT_APPLICABLE controls are outside it.
   */
  score: number | null;
}

function emptyCounts(): ResultCounts {
  return { pass: 0, fail: 0, error: 0, muted: 0, notApplicable: 0 };
}

const round1 = (x: number) => Math.round(x * 1000) / 10;

interface ResourceState {
  failed: boolean;
}

function tally(findings: readonly Finding[], counts: ResultCounts, resources: Map<string, ResourceState>): void {
  for (const f of findings) {
    switch (f.status) {
      case 'PASS':
        counts.pass++;
        break;
      case 'FAIL':
        counts.fail++;
        break;
      case 'ERROR':
        counts.error++;
        break;
      case 'MUTED':
        counts.muted++;
        continue;
      case 'NOT_APPLICABLE':
        counts.notApplicable++;
        continue;
    }
    const state = resources.get(f.resource.uid) ?? { failed: false };
    if (f.status !== 'PASS') state.failed = true;
    resources.set(f.resource.uid, state);
  }
}

function resourceCounts(resources: Map<string, ResourceState>): ResourceCounts {
  let compliant = 0;
  for (const s of resources.values()) if (!s.failed) compliant++;
  return { evaluated: resources.size, compliant };
}

/**
 * Scores one framework against a scan's findings. Only findings of rules the framework maps
 * count; their `compliance` stamps are not needed. Pure: the same input gives the same output.
 */
export function scoreFramework(framework: Framework, findings: readonly Finding[]): FrameworkScore {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const byStatus = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
  const allResources = new Map<string, ResourceState>();
  const controls: ControlScore[] = [];
  let automated = 0;
  for (const c of framework.controls) {
    const results = emptyCounts();
    const resources = new Map<string, ResourceState>();
    for (const ruleId of c.rules) {
      const list = byRule.get(ruleId) ?? [];
      tally(list, results, resources);
    }
    let status: ControlStatus;
    if (c.manual) status = 'MANUAL';
    else if (c.rules.length === 0) status = 'NOT_COVERED';
    else if (results.fail > 0) status = 'FAIL';
    else if (results.error > 0) status = 'ERROR';
    else if (results.pass > 0 || results.muted > 0) status = 'PASS';
    else status = 'NOT_APPLICABLE';
    if (!c.manual && c.rules.length > 0) automated++;
    for (const [uid, s] of resources) {
      const prior = allResources.get(uid);
      allResources.set(uid, { failed: (prior?.failed ?? false) || s.failed });
    }
    byStatus[status]++;
    const rc = resourceCounts(resources);
    const score: ControlScore = {
      id: c.id,
      title: c.title,
      rules: c.rules,
      status,
      results,
      resources: rc,
      compliantShare: rc.evaluated === 0 ? null : rc.compliant / rc.evaluated,
    };
    if (c.section !== undefined) score.section = c.section;
    controls.push(score);
  }
  const evaluated = byStatus.PASS + byStatus.FAIL + byStatus.ERROR;
  return {
    framework: { id: framework.id, name: framework.name, version: framework.version },
    controls,
    byStatus,
    totalControls: framework.controls.length,
    automatedControls: automated,
    resources: resourceCounts(allResources),
    score: evaluated === 0 ? null : round1(byStatus.PASS / evaluated),
  };
}

/** The controls whose status is FAIL, in framework order. */
export function failedControls(score: FrameworkScore): ControlScore[] {
  return score.controls.filter((c) => c.status === 'FAIL');
}
