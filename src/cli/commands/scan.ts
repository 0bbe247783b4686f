import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import type { Finding, Resource, Rule, ScanResult, SourceIssue } from '../../core/index.js';
import type { Framework } from '../../frameworks/index.js';
import { Inventory, ParapetError, builtinResourceTypes, summarize } from '../../core/index.js';
import type { Muter } from '../../engine/index.js';
import type { RuleFilter } from '../../engine/index.js';
import { evaluate, selectRules, sortFindings } from '../../engine/index.js';
import { builtinRules } from '../../rules/index.js';
import { buildSnapshot, readSnapshot, writeSnapshot } from '../../sources/snapshot/index.js';
import { loadConfig } from '../config.js';
import type { Io } from '../io.js';
import { EXIT_ERROR, exitCodeFor, progress, useColor } from '../io.js';
import type { ScanOptions } from '../options.js';
import { SCAN_OPTIONS, mergeOptions, optionsFromEnv } from '../options.js';
import type { CliContext } from '../program.js';
import { addOptions } from '../program.js';
import { VERSION } from '../version.js';
import { loadExtraRules, recordInStore, renderResult, scanSources } from '../wiring.js';
import type { FindingStore } from '../../store/index.js';
import { openStore } from '../../store/index.js';

export interface ScanRun {
  result: ScanResult;
  resources: Resource[];
  rules: readonly Rule[];
  exitCode: number;
  frameworks: readonly Framework[];
}

/** Flags (from commander) to a partial option object keyed like the option table. */
export function flagsToOptions(raw: Record<string, unknown>): Partial<ScanOptions> {
  const out: Record<string, unknown> = {};
  for (const def of SCAN_OPTIONS) {
    const v = raw[def.key];
    if (v === undefined) continue;
    if (def.kind === 'list') out[def.key] = (v as string[]).flatMap((x) => x.split(',').map((s) => s.trim()).filter(Boolean));
    else if (def.kind === 'choice') {
      const s = String(v).toLowerCase();
      if (!def.choices?.includes(s)) throw new ParapetError('USAGE', `--${def.flag} '${String(v)}' is not one of ${def.choices?.join(', ')}`, { hint: `pass one of: ${def.choices?.join(', ')}` });
      out[def.key] = s;
    } else out[def.key] = v;
  }
  return out as Partial<ScanOptions>;
}

export async function executeScan(paths: string[], opts: ScanOptions, io: Io): Promise<ScanRun> {
  const startedAt = new Date();
  const say = progress(io, opts.quiet);
  const types = builtinResourceTypes();
  if (!paths.length && !opts.snapshot.length && !opts.cloud) {
    throw new ParapetError('USAGE', 'nothing to scan', {
      hint: 'give IaC paths (parapet scan ./infra), a snapshot (--snapshot FILE) or a cloud (--cloud aws)',
    });
  }
  const resources: Resource[] = [];
  const issues: SourceIssue[] = [];
  const muters: Muter[] = [];
  const sources: string[] = [];
  // A scan of snapshots alone judges ages as of when they were taken, so it reproduces exactly.
  const snapshotTimes: number[] = [];
  for (const file of opts.snapshot) {
    say(`reading snapshot ${file}`);
    const snap = readSnapshot(file, types);
    if (snap.generatedAt) snapshotTimes.push(Date.parse(snap.generatedAt));
    resources.push(...snap.resources);
    issues.push(...(snap.issues ?? []));
    sources.push(`snapshot:${file}`);
  }
  const extra = await scanSources(paths, opts, io, types, say);
  resources.push(...extra.resources);
  issues.push(...extra.issues);
  muters.push(...extra.muters);
  sources.push(...extra.sources);

  const store = opts.db ? await openStore(opts.db) : undefined;
  try {
    const evidenceTime = !paths.length && !opts.cloud && snapshotTimes.length === opts.snapshot.length && snapshotTimes.length ? new Date(Math.max(...snapshotTimes)) : startedAt;
    return await evaluateAndRecord(opts, { evidenceTime, startedAt, say, types, resources, issues, muters, sources, extra, store });
  } finally {
    await store?.close();
  }
}

interface ScanState {
  startedAt: Date;
  evidenceTime: Date;
  say: (m: string) => void;
  types: ReturnType<typeof builtinResourceTypes>;
  resources: Resource[];
  issues: SourceIssue[];
  muters: Muter[];
  sources: string[];
  extra: { finishIssues: () => SourceIssue[] };
  store: FindingStore | undefined;
}

/** Loads policies, frameworks and exceptions, evaluates, and records the scan when a store is open. */
async function evaluateAndRecord(opts: ScanOptions, st: ScanState): Promise<ScanRun> {
  const { startedAt, evidenceTime, say, types, resources, issues, muters, sources, extra, store } = st;
  const inventory = new Inventory(resources);
  const loaded = await loadExtraRules(opts, types, store, inventory);
  const rules = [...builtinRules(), ...loaded.rules];
  muters.push(...loaded.muters);

  if (opts.saveSnapshot) {
    say(`saving snapshot ${opts.saveSnapshot}`);
    mkdirSync(dirname(resolve(opts.saveSnapshot)), { recursive: true });
    writeSnapshot(opts.saveSnapshot, buildSnapshot(resources, issues, { kind: 'parapet-scan', tool: `parapet ${VERSION}`, accounts: uniq(resources.map((r) => r.account)), regions: uniq(resources.map((r) => r.region)) }));
  }

  say(`evaluating ${resources.length} resources`);
  const filter: RuleFilter = {
    ...(opts.rule.length ? { include: opts.rule } : {}),
    ...(opts.skipRule.length ? { exclude: opts.skipRule } : {}),
    ...(opts.severity ? { minSeverity: opts.severity } : {}),
    ...(loaded.ruleIds ? { include: opts.rule.length ? opts.rule.filter((r) => loaded.ruleIds?.includes(r)) : loaded.ruleIds } : {}),
  };
  const partial = Object.keys(filter).length > 0;
  const evaluated = evaluate(inventory, {
    rules,
    types,
    filter,
    now: evidenceTime,
    muters,
    compliance: loaded.compliance,
    onProgress: (done, total) => say(`evaluated ${done}/${total} resources`),
  });
  issues.push(...loaded.finishIssues(), ...extra.finishIssues());
  const findings: Finding[] = sortFindings(evaluated.findings);
  const finishedAt = new Date();
  const result: ScanResult = {
    tool: { name: 'parapet', version: VERSION },
    scan: {
      id: randomUUID(),
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      sources,
      accounts: uniq(resources.map((r) => r.account)),
      regions: uniq(resources.map((r) => r.region)),
      ruleSetVersion: `${VERSION}+${evaluated.rulesEvaluated}`,
    },
    summary: summarize(findings, evaluated.resources, evaluated.rulesEvaluated, issues),
    findings,
    issues,
  };
  // With an enforcement file, its modes decide what blocks; --fail-on still sets the floor.
  let exitCode = exitCodeFor(findings, opts.failOn ?? (loaded.blocking ? 'info' : undefined), loaded.blocking);
  if (opts.strict && result.summary.parseErrors > 0) exitCode = EXIT_ERROR;
  const run: ScanRun = { result, resources, rules, exitCode, frameworks: loaded.frameworks };
  // A scan of some rules only must not mark the other rules' findings as resolved.
  if (store) await recordInStore(store, run, say, partial ? selectRules(rules, filter).map((r) => r.meta.id) : undefined);
  return run;
}

function uniq(xs: readonly (string | undefined)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))].sort();
}

export function scanCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('scan')
    .description('scan IaC under PATHs, a saved snapshot, or a live cloud account')
    .argument('[PATH...]', 'files or directories with Terraform or CloudFormation');
  addOptions(cmd, SCAN_OPTIONS);
  cmd.action(async (paths: string[], raw: Record<string, unknown>) => {
    const { io } = ctx;
    const opts = mergeOptions([loadConfig(ctx.config, io.cwd), optionsFromEnv(io.env), flagsToOptions(raw)]);
    const run = await executeScan(paths, opts, io);
    const chunks = await renderResult(run, opts, useColor(opts.color, io), io);
    if (opts.output) {
      mkdirSync(dirname(resolve(opts.output)), { recursive: true });
      const fd = openSync(opts.output, 'w');
      try {
        for (const chunk of chunks) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
      if (!opts.quiet) io.stderr(`parapet: report written to ${opts.output}\n`);
    } else for (const chunk of chunks) io.stdout(chunk);
    ctx.exitCode = run.exitCode;
  });
}
