import type { Provider } from '../core/index.js';

/**
 * One requirement of a compliance framework and the Parapet rules that evaluate it.
 *
 * - `rules` non-empty: automated; the control's status comes from those rules' findings.
 * - `manual: true`: a process or a human judgement no rule can evaluate (never has rules).
 * - neither: could be automated, but Parapet has no rule for it yet ("not yet covered").
 */
export interface Control {
  id: string;
  /** Short title in Parapet's own words. */
  title: string;
  /** Heading the control sits under, e.g. `2 Identity and Access Management`. */
  section?: string;
  rules: readonly string[];
  manual?: boolean;
  notes?: string;
}

export interface Framework {
  /** Stable id users pass to `--framework`, e.g. `cis-aws-6.0`. */
  id: string;
  name: string;
  version: string;
  provider: Provider;
  description: string;
  url: string;
  controls: readonly Control[];
  /** Where the framework was read from: `builtin` or the user's file path. */
  source: string;
}

/** How a control is covered by the rule library, independent of any scan. */
export type ControlCoverage = 'automated' | 'manual' | 'not-covered';

export function controlCoverage(control: Control): ControlCoverage {
  if (control.manual) return 'manual';
  return control.rules.length > 0 ? 'automated' : 'not-covered';
}
