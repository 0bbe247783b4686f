// Builds src/frameworks/data/<id>.yaml from three inputs:
//   1. the reference requirement lists (which controls exist, their sections, which Prowler checks map to each);
//   2. src/frameworks/data/prowler-equivalents.yaml (Prowler check id -> Parapet rule ids that check the same thing);
//   3. src/frameworks/data/titles/<id>.yaml (our own short title per control, plus manual/notes/extra rules).
// Adding one line to the equivalents table therefore extends every framework at once.
//
//   npx tsx scripts/frameworks/generate.ts [--only ID,ID] [--reference DIR] [--check] [--allow-missing-titles]
//
// --check writes nothing and exits 1 when a generated file is out of date. Without
// --allow-missing-titles a control with no title of ours stops the run (nothing is written for that
// framework); with it the control gets its bare id as title and is listed in the report.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtinRules } from '../../src/rules/index.js';
import { DEFAULT_REFERENCE_DIR, FRAMEWORK_SOURCES, readReference } from './reference.js';
import type { FrameworkSource, RefRequirement } from './reference.js';

export const DATA_DIR = new URL('../../src/frameworks/data/', import.meta.url).pathname;
const RULE_ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;

export interface TitleEntry {
  title: string;
  manual?: boolean;
  notes?: string;
  /** Rules that evaluate the control although no mapped Prowler check has an equivalent. */
  rules?: string[];
}

function fail(message: string): never {
  throw new Error(message);
}

/** Prowler check id -> Parapet rule ids. */
export function readEquivalents(path = join(DATA_DIR, 'prowler-equivalents.yaml')): Map<string, string[]> {
  const raw: unknown = parse(readFileSync(path, 'utf8')) ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) fail(`${path}: must map Prowler check ids to rule ids`);
  const out = new Map<string, string[]>();
  for (const [check, v] of Object.entries(raw as Record<string, unknown>)) {
    const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : fail(`${path}: '${check}' must map to a rule id or a list of them`);
    for (const r of list) if (typeof r !== 'string' || !RULE_ID_RE.test(r)) fail(`${path}: '${check}' maps to ${JSON.stringify(r)}, not a rule id`);
    out.set(check, list as string[]);
  }
  return out;
}

export function readTitles(id: string, dir = DATA_DIR): Map<string, TitleEntry> {
  const path = join(dir, 'titles', `${id}.yaml`);
  const out = new Map<string, TitleEntry>();
  if (!existsSync(path)) return out;
  const raw: unknown = parse(readFileSync(path, 'utf8')) ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) fail(`${path}: must map control ids to titles`);
  for (const [cid, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v === 'string') out.set(cid, { title: v });
    else if (typeof v === 'object' && v !== null && typeof (v as TitleEntry).title === 'string') {
      const e = v as TitleEntry;
      const extra = Object.keys(e).filter((k) => !['title', 'manual', 'notes', 'rules'].includes(k));
      if (extra.length) fail(`${path}: control '${cid}' has unknown keys ${extra.join(', ')}`);
      out.set(cid, e);
    } else fail(`${path}: control '${cid}' needs a title`);
  }
  return out;
}

export interface GeneratedControl {
  id: string;
  title: string;
  section?: string;
  rules: string[];
  manual?: boolean;
  notes?: string;
}

export interface GenerateReport {
  id: string;
  controls: number;
  automated: number;
  manual: number;
  notCovered: number;
  missingTitles: string[];
  /** Titles for control ids the reference does not have (typos, renumbered controls). */
  strayTitles: string[];
  merged: string[];
}

/** Builds the control list of one framework. Pure given its inputs, so tests can run it too. */
export type PlannedRequirement = RefRequirement & { processWhen: boolean };

export function buildControls(
  reqs: readonly PlannedRequirement[],
  titles: ReadonlyMap<string, TitleEntry>,
  equivalents: ReadonlyMap<string, readonly string[]>,
  allowMissingTitles: boolean,
): { controls: GeneratedControl[]; report: Omit<GenerateReport, 'id'> } {
  const controls: GeneratedControl[] = [];
  const missingTitles: string[] = [];
  const merged: string[] = [];
  for (const req of reqs) {
    const t = titles.get(req.id);
    if (!t) missingTitles.push(req.id);
    if (req.entries > 1) merged.push(req.id);
    const rules = new Set<string>();
    for (const check of req.checks) for (const r of equivalents.get(check) ?? []) rules.add(r);
    for (const r of t?.rules ?? []) rules.add(r);
    const manual = t?.manual ?? (req.checks.length === 0 && rules.size === 0 && req.processWhen);
    if (manual && rules.size > 0) fail(`control '${req.id}' is marked manual but rules ${[...rules].join(', ')} map to it`);
    const c: GeneratedControl = { id: req.id, title: t?.title ?? req.id, rules: manual ? [] : [...rules].sort() };
    if (req.section !== undefined) c.section = req.section;
    if (manual) c.manual = true;
    if (t?.notes) c.notes = t.notes;
    controls.push(c);
  }
  if (missingTitles.length && !allowMissingTitles) {
    fail(`${missingTitles.length} control(s) have no title of ours: ${missingTitles.join(', ')} (write them in the titles file, or pass --allow-missing-titles)`);
  }
  const ids = new Set(reqs.map((r) => r.id));
  const strayTitles = [...titles.keys()].filter((k) => !ids.has(k));
  const manualCount = controls.filter((c) => c.manual).length;
  const automated = controls.filter((c) => c.rules.length > 0).length;
  return {
    controls,
    report: { controls: controls.length, automated, manual: manualCount, notCovered: controls.length - automated - manualCount, missingTitles, strayTitles, merged },
  };
}

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 ,()/&.'-]*[A-Za-z0-9).]$/;
/** Plain YAML when it reads back as the same string, else a double-quoted (JSON) scalar. */
function scalar(s: string): string {
  if (PLAIN.test(s) && !/: | #/.test(s) && parse(s) === s) return s;
  return JSON.stringify(s);
}

export function renderFramework(src: FrameworkSource, controls: readonly GeneratedControl[]): string {
  const lines = [
    `# Generated by scripts/frameworks/generate.ts: do not edit by hand.`,
    `# Titles: src/frameworks/data/titles/${src.id}.yaml. Rule mapping: src/frameworks/data/prowler-equivalents.yaml.`,
    `# Control ids and sections from the requirement list of Prowler (Apache-2.0), see docs/frameworks.md.`,
    `id: ${src.id}`,
    `name: ${scalar(src.name)}`,
    `version: ${JSON.stringify(src.version)}`,
    `provider: aws`,
    `description: ${scalar(src.description)}`,
    `url: ${src.url}`,
    `controls:`,
  ];
  for (const c of controls) {
    lines.push(`  - id: ${JSON.stringify(c.id)}`, `    title: ${scalar(c.title)}`);
    if (c.section !== undefined) lines.push(`    section: ${scalar(c.section)}`);
    lines.push(`    rules: [${c.rules.join(', ')}]`);
    if (c.manual) lines.push(`    manual: true`);
    if (c.notes) lines.push(`    notes: ${scalar(c.notes)}`);
  }
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const refDir = value('--reference') ?? DEFAULT_REFERENCE_DIR;
  const only = value('--only')?.split(',');
  const check = flag('--check');
  const allowMissing = flag('--allow-missing-titles');
  const equivalents = readEquivalents();

  const ruleIds = new Set(builtinRules().map((r) => r.meta.id));
  const unknownRules = [...equivalents.entries()].flatMap(([c, rs]) => rs.filter((r) => !ruleIds.has(r)).map((r) => `${c} -> ${r}`));
  if (unknownRules.length) {
    console.error(`prowler-equivalents.yaml names rules that do not exist: ${unknownRules.join(', ')}`);
    return 1;
  }

  let status = 0;
  // Reports are printed after every file is written, so a closed pipe (`| head`) cannot stop the run halfway.
  const report: string[] = [];
  for (const src of FRAMEWORK_SOURCES) {
    if (only && !only.includes(src.id)) continue;
    const titlesPath = join(DATA_DIR, 'titles', `${src.id}.yaml`);
    if (!existsSync(titlesPath)) {
      if (only) console.error(`${src.id}: no titles file ${titlesPath}`);
      continue;
    }
    const reqs = readReference(src, refDir).map((r) => ({ ...r, processWhen: src.processWhenUnmapped(r) }));
    let built;
    try {
      built = buildControls(reqs, readTitles(src.id), equivalents, allowMissing);
    } catch (err) {
      console.error(`${src.id}: ${(err as Error).message}`);
      status = 1;
      continue;
    }
    for (const c of built.controls) {
      const bad = c.rules.filter((r) => !ruleIds.has(r));
      if (bad.length) {
        console.error(`${src.id} ${c.id}: titles file names unknown rules ${bad.join(', ')}`);
        status = 1;
      }
    }
    const r = built.report;
    const text = renderFramework(src, built.controls);
    const out = join(DATA_DIR, `${src.id}.yaml`);
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (check) {
      if (current !== text) {
        console.error(`${src.id}: ${out} is out of date; run npx tsx scripts/frameworks/generate.ts`);
        status = 1;
      }
    } else if (current !== text) writeFileSync(out, text);
    report.push(
      `${src.id}: ${r.controls} controls, ${r.automated} automated, ${r.manual} manual, ${r.notCovered} not covered` +
        (r.merged.length && !src.groupsEntries ? `; merged duplicate reference entries for ${r.merged.length} control(s)` : '') +
        (r.missingTitles.length ? `; NO TITLE (bare id used): ${r.missingTitles.join(', ')}` : ''),
    );
    if (r.strayTitles.length) report.push(`${src.id}: WARNING: titles for ids not in the reference: ${r.strayTitles.join(', ')}`);
  }
  console.log(report.join('\n'));
  return status;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
