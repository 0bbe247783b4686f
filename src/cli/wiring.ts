import type { ComplianceRef, Finding, Resource, ResourceTypeRegistry, Rule, SourceIssue } from '../core/index.js';
import { ParapetError } from '../core/index.js';
import type { Muter } from '../engine/index.js';
import type { Io } from './io.js';
import type { ScanOptions } from './options.js';
import type { ScanRun } from './commands/scan.js';

/** What the sources other than snapshots contributed. */
export interface SourceOutput {
  resources: Resource[];
  issues: SourceIssue[];
  muters: Muter[];
  sources: string[];
}

export async function scanSources(paths: string[], opts: ScanOptions, _io: Io, _types: ResourceTypeRegistry, _say: (m: string) => void): Promise<SourceOutput> {
  if (paths.length) throw new ParapetError('USAGE', 'IaC scanning is not wired yet', { hint: 'use --snapshot' });
  if (opts.cloud) throw new ParapetError('USAGE', 'live scanning is not wired yet', { hint: 'use --snapshot' });
  return { resources: [], issues: [], muters: [], sources: [] };
}

export interface ExtraRules {
  rules: Rule[];
  muters: Muter[];
  compliance: (ruleId: string) => readonly ComplianceRef[];
  ruleIds?: string[];
  blocking?: (f: Finding) => boolean;
  finishIssues: () => SourceIssue[];
}

export async function loadExtraRules(_opts: ScanOptions, _types: ResourceTypeRegistry): Promise<ExtraRules> {
  return { rules: [], muters: [], compliance: () => [], finishIssues: () => [] };
}

export async function renderResult(run: ScanRun, _opts: ScanOptions, _color: boolean): Promise<string> {
  return `${JSON.stringify(run.result, null, 2)}\n`;
}
