// End-to-end Terraform scan throughput and memory: walk + parse + evaluate + adapt + every built-in
// rule (evaluate() from src/engine) over a generated corpus written to disk in directories of 25
// files (each directory a root module, as in a repository of stacks). Each corpus size runs in its
// own child process so its peak RSS is its own.
//   npx tsx bench/iac/e2e.bench.ts [--sizes 500,1000,2000,4000] [--seed 1] [--rounds 3] [--no-rules]
// --no-rules stops after the model resources (walk + parse + evaluate + adapt), to tell the
// Terraform side's memory from the rule engine's.
// Each child runs with --max-semi-space-size=32, the flag the shipped CLI starts node with, so the
// numbers are what users get; --no-semi-space runs the children with node's default young generation.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import { scanTerraform } from '../../src/sources/iac/terraform/index.js';
import { generateCorpus } from './generate-corpus.js';

interface Result {
  files: number;
  bytes: number;
  resources: number;
  findings: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  phases: Record<string, number>;
}

function arg(flag: string, def: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
}

const NO_RULES = process.argv.includes('--no-rules');
/** The young-generation size the CLI's shebang gives node (see package bin). */
const SEMI_SPACE_FLAGS = process.argv.includes('--no-semi-space') ? [] : ['--max-semi-space-size=32'];

function writeCorpus(files: number, seed: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-e2e-'));
  let bytes = 0;
  generateCorpus({ seed, files }).forEach((f, i) => {
    const sub = join(dir, `stack${String(Math.floor(i / 25)).padStart(4, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, f.name), f.source);
    bytes += Buffer.byteLength(f.source);
  });
  return { dir, bytes };
}

async function scanOnce(dir: string): Promise<{ resources: number; findings: number; phases: Record<string, number> }> {
  // CPU time (user + system) per phase: steadier than wall time on a shared machine.
  const t = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  };
  const t0 = t();
  const walked = await walkIacFiles([dir]);
  const t1 = t();
  const tf = scanTerraform(walked.files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json'));
  const t2 = t();
  const findings = NO_RULES ? [] : evaluate(new Inventory(tf.resources), { rules: builtinRules(), types: builtinResourceTypes() }).findings;
  const t3 = t();
  return { resources: tf.resources.length, findings: findings.length, phases: { walk: t1 - t0, 'parse+evaluate+adapt': t2 - t1, rules: t3 - t2 } };
}

/** Child: one corpus size, best of `rounds` passes after a warm-up; prints one JSON line. */
async function child(files: number, seed: number, rounds: number): Promise<void> {
  const { dir, bytes } = writeCorpus(files, seed);
  try {
    let best: Result | undefined;
    await scanOnce(dir);
    for (let r = 0; r < rounds; r++) {
      const w0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const once = await scanOnce(dir);
      const c = process.cpuUsage(c0);
      const seconds = Number(process.hrtime.bigint() - w0) / 1e9;
      const res: Result = { files, bytes, resources: once.resources, findings: once.findings, seconds, cpuSeconds: (c.user + c.system) / 1e6, peakRssMb: 0, phases: once.phases };
      if (!best || res.cpuSeconds < best.cpuSeconds) best = res;
    }
    if (!best) return;
    best.peakRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify(best));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const sizes = arg('--sizes', '500,1000,2000,4000').split(',').map(Number);
  const seed = arg('--seed', '1');
  const rounds = arg('--rounds', '3');
  const self = fileURLToPath(import.meta.url);
  console.log(`${NO_RULES ? 'Terraform scan without rules' : 'end-to-end Terraform scan'}, ${rounds} timed rounds after a warm-up, seed ${seed}, directories of 25 files, one process per size, node ${SEMI_SPACE_FLAGS.join(' ') || 'default semi-space (--no-semi-space)'}`);
  console.log('| files | MB | resources | findings | wall s | MB/s (wall) | files/s (wall) | MB/s (CPU) | files/s (CPU) | peak RSS MB | CPU s: walk / parse+eval+adapt / rules |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    const out = execFileSync(process.execPath, [...SEMI_SPACE_FLAGS, ...process.execArgv, self, '--child', String(n), '--seed', seed, '--rounds', rounds, ...(NO_RULES ? ['--no-rules'] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Result;
    const mb = r.bytes / 1e6;
    const p = r.phases;
    console.log(
      `| ${r.files} | ${mb.toFixed(2)} | ${r.resources} | ${r.findings} | ${r.seconds.toFixed(2)} | ${(mb / r.seconds).toFixed(1)} | ${Math.round(r.files / r.seconds)} | ${(mb / r.cpuSeconds).toFixed(1)} | ${Math.round(r.files / r.cpuSeconds)} | ${r.peakRssMb.toFixed(0)} | ${[p.walk, p['parse+evaluate+adapt'], p.rules].map((x) => (x ?? 0).toFixed(2)).join(' / ')} |`,
    );
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(Number(process.argv[childAt + 1]), Number(arg('--seed', '1')), Number(arg('--rounds', '3')));
else main();
