// End-to-end Terraform scan throughput and memory: walk + parse + evaluate + adapt + every built-in
// rule (evaluate() from src/engine) over a generated corpus written to disk in directories of 25
// files (each directory a root module, as in a repository of stacks). Each corpus size runs in its
// own child process so its peak RSS is its own.
//   npx tsx bench/iac/e2e.bench.ts [--sizes 500,1000,2000,4000] [--seed 1] [--rounds 3] [--no-rules] [--hold] [--dir d]
// The pass is the streaming pipeline a scan runs: the walk lists the files (no text kept), then one
// root module at a time is read, parsed, evaluated, adapted and judged by the rules, its findings
// going to a sink that keeps what a streaming reporter keeps (counts per status and severity, a
// running digest), and everything of the root is dropped before the next. Phase CPU times are
// summed over the roots.
// --hold runs the pass that keeps everything instead: the walk reads every file, every root's
// resources are kept, and one evaluation over all of them keeps every Finding object.
// --no-rules stops after the model resources (walk + parse + evaluate + adapt), to tell the
// Terraform side's memory from the rule engine's.
// The digest column is the same in both modes when streaming changes no finding: it is a SHA-256
// of every finding as JSON, in order, taken in the warm-up pass (untimed); the timed passes keep a
// cheap running digest of finding ids and statuses, as a streaming reporter would. Paths are part
// of the findings, so comparing digests of two runs needs the same folder: `--dir d` writes each
// corpus under d once and keeps it (default: a temporary folder per size, removed).
// Peak RSS counts what V8 has not collected yet. The live heap column is what the pass really
// holds: after the timed rounds, one more (untimed) pass forces a full collection after every root
// module (stream) or once with every finding in hand (--hold), and keeps the largest heap in use.
// --heap-trace prints it root by root.
// Each child runs with --max-semi-space-size=32, the flag the shipped CLI starts node with, so the
// numbers are what users get; --no-semi-space runs the children with node's default young generation.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/core/index.js';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { listIacFiles, walkIacFiles } from '../../src/sources/iac/common/index.js';
import { scanTerraform, scanTerraformRoots } from '../../src/sources/iac/terraform/index.js';
import { generateCorpus } from './generate-corpus.js';

interface Result {
  files: number;
  bytes: number;
  resources: number;
  findings: number;
  digest: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  liveHeapMb: number;
  phases: Record<string, number>;
}

function arg(flag: string, def: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
}

const NO_RULES = process.argv.includes('--no-rules');
const HOLD = process.argv.includes('--hold');
const HEAP_TRACE = process.argv.includes('--heap-trace');

/** Forces a full collection (the child runs with --expose-gc) and returns the heap in use, MB. */
function liveHeapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Largest live heap seen by `probe` calls of the untimed probing pass. */
class HeapProbe {
  max = 0;
  private roots = 0;
  check(): void {
    const mb = liveHeapMb();
    if (mb > this.max) this.max = mb;
    if (HEAP_TRACE && ++this.roots % 10 === 1) console.error(`root ${this.roots}: live heap ${mb.toFixed(1)} MB`);
  }
}
/** The young-generation size the CLI's shebang gives node (see package bin). */
const SEMI_SPACE_FLAGS = process.argv.includes('--no-semi-space') ? [] : ['--max-semi-space-size=32'];

/** Writes the corpus under `keepIn` (kept; written once) or a temporary folder (removed after). */
function writeCorpus(files: number, seed: number, keepIn: string): { dir: string; bytes: number } {
  const dir = keepIn ? join(keepIn, `seed${seed}-files${files}`) : mkdtempSync(join(tmpdir(), 'parapet-e2e-'));
  const write = !keepIn || !existsSync(dir);
  let bytes = 0;
  generateCorpus({ seed, files }).forEach((f, i) => {
    const sub = join(dir, `stack${String(Math.floor(i / 25)).padStart(4, '0')}`);
    if (write) {
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, f.name), f.source);
    }
    bytes += Buffer.byteLength(f.source);
  });
  return { dir, bytes };
}

/**
 * What a streaming reporter keeps of the findings: counts per status and severity and a running
 * digest (FNV-1a, two 32-bit lanes, over id and status); `full` also hashes every finding as JSON.
 */
class FindingTally {
  count = 0;
  readonly byStatus = new Map<string, number>();
  readonly bySeverity = new Map<string, number>();
  private a = 0x811c9dc5;
  private b = 0x01000193;
  private readonly full: ReturnType<typeof createHash> | undefined;

  constructor(full: boolean) {
    this.full = full ? createHash('sha256') : undefined;
  }

  add(f: Finding): void {
    this.count++;
    this.byStatus.set(f.status, (this.byStatus.get(f.status) ?? 0) + 1);
    this.bySeverity.set(f.severity, (this.bySeverity.get(f.severity) ?? 0) + 1);
    this.mix(f.id);
    this.mix(f.status);
    this.full?.update(JSON.stringify(f)).update('\n');
  }

  private mix(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    this.a = a;
    this.b = b ^ (b >>> 13);
  }

  digest(): string {
    return this.full ? this.full.digest('hex').slice(0, 16) : ((this.a >>> 0).toString(16) + (this.b >>> 0).toString(16)).padStart(16, '0');
  }
}

/** CPU time (user + system) in seconds: steadier than wall time on a shared machine. */
function cpu(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
}

const isTerraform = (f: { kind: string }) => f.kind === 'terraform' || f.kind === 'terraform-json';
/** One evidence time for every pass and both modes, so the digests compare (some rules judge ages). */
const NOW = new Date('2026-11-29T00:00:00Z');

interface Pass {
  resources: number;
  findings: number;
  digest: string;
  phases: Record<string, number>;
}

/** The streaming pipeline: list, then per root module read + parse + evaluate + adapt, rules, sink; nothing of a root outlives it. */
async function streamOnce(dir: string, fullDigest: boolean, probe: HeapProbe | undefined): Promise<Pass> {
  const t0 = cpu();
  const listed = await listIacFiles([dir]);
  const walk = cpu() - t0;
  let build = 0;
  let judge = 0;
  let resources = 0;
  const tally = new FindingTally(fullDigest);
  const tr = cpu();
  const rules = builtinRules();
  const types = builtinResourceTypes();
  judge += cpu() - tr;
  const roots = scanTerraformRoots(listed.files.filter(isTerraform));
  for (;;) {
    const tb = cpu();
    const next = roots.next();
    build += cpu() - tb;
    if (next.done) break;
    const root = next.value;
    resources += root.resources.length;
    if (!NO_RULES) {
      const tj = cpu();
      evaluate(new Inventory(root.resources), { rules, types, now: NOW, onFinding: (f) => tally.add(f) });
      judge += cpu() - tj;
    }
    probe?.check();
  }
  return { resources, findings: tally.count, digest: tally.digest(), phases: { walk, 'parse+evaluate+adapt': build, rules: judge } };
}

/** Everything held: the walk reads every file, every resource is kept, one evaluation keeps every finding. */
async function holdOnce(dir: string, fullDigest: boolean, probe: HeapProbe | undefined): Promise<Pass> {
  const t0 = cpu();
  const walked = await walkIacFiles([dir]);
  const t1 = cpu();
  const tf = scanTerraform(walked.files.filter(isTerraform));
  const t2 = cpu();
  const findings = NO_RULES ? [] : evaluate(new Inventory(tf.resources), { rules: builtinRules(), types: builtinResourceTypes(), now: NOW }).findings;
  const t3 = cpu();
  probe?.check();
  const tally = new FindingTally(fullDigest);
  for (const f of findings) tally.add(f);
  return { resources: tf.resources.length, findings: findings.length, digest: tally.digest(), phases: { walk: t1 - t0, 'parse+evaluate+adapt': t2 - t1, rules: t3 - t2 } };
}

const scanOnce = (dir: string, fullDigest: boolean, probe?: HeapProbe): Promise<Pass> => (HOLD ? holdOnce(dir, fullDigest, probe) : streamOnce(dir, fullDigest, probe));

/** Child: one corpus folder, best of `rounds` passes after a warm-up; prints one JSON line. */
async function child(dir: string, files: number, bytes: number, rounds: number): Promise<void> {
  let best: Result | undefined;
  const { digest } = await scanOnce(dir, true);
  for (let r = 0; r < rounds; r++) {
    const w0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const once = await scanOnce(dir, false);
    const c = process.cpuUsage(c0);
    const seconds = Number(process.hrtime.bigint() - w0) / 1e9;
    const res: Result = { files, bytes, resources: once.resources, findings: once.findings, digest, seconds, cpuSeconds: (c.user + c.system) / 1e6, peakRssMb: 0, liveHeapMb: 0, phases: once.phases };
    if (!best || res.cpuSeconds < best.cpuSeconds) best = res;
  }
  if (!best) return;
  best.peakRssMb = process.resourceUsage().maxRSS / 1024;
  const probe = new HeapProbe();
  await scanOnce(dir, false, probe);
  best.liveHeapMb = probe.max;
  console.log(JSON.stringify(best));
}

function main(): void {
  const sizes = arg('--sizes', '500,1000,2000,4000').split(',').map(Number);
  const seed = arg('--seed', '1');
  const rounds = arg('--rounds', '3');
  const self = fileURLToPath(import.meta.url);
  const mode = HOLD ? 'holding every file, resource and finding (--hold)' : 'streaming one root module at a time';
  console.log(`${NO_RULES ? 'Terraform scan without rules' : 'end-to-end Terraform scan'}, ${mode}, ${rounds} timed rounds after a warm-up, seed ${seed}, directories of 25 files, one process per size, node ${SEMI_SPACE_FLAGS.join(' ') || 'default semi-space (--no-semi-space)'}`);
  console.log('| files | MB | resources | findings | digest | wall s | MB/s (wall) | files/s (wall) | MB/s (CPU) | files/s (CPU) | peak RSS MB | live heap MB | CPU s: walk / parse+eval+adapt / rules |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const keepIn = arg('--dir', '');
  for (const n of sizes) {
    // The parent writes the corpus, so the child's peak RSS is the scan's alone (generating 8,000
    // files in memory took more than scanning them).
    const { dir, bytes } = writeCorpus(n, Number(seed), keepIn);
    let out: string;
    try {
      out = execFileSync(process.execPath, [...SEMI_SPACE_FLAGS, '--expose-gc', ...process.execArgv, self, '--child', dir, '--files', String(n), '--bytes', String(bytes), '--rounds', rounds, ...(NO_RULES ? ['--no-rules'] : []), ...(HOLD ? ['--hold'] : []), ...(HEAP_TRACE ? ['--heap-trace'] : [])], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
    } finally {
      if (!keepIn) rmSync(dir, { recursive: true, force: true });
    }
    const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Result;
    const mb = r.bytes / 1e6;
    const p = r.phases;
    console.log(
      `| ${r.files} | ${mb.toFixed(2)} | ${r.resources} | ${r.findings} | ${r.digest} | ${r.seconds.toFixed(2)} | ${(mb / r.seconds).toFixed(1)} | ${Math.round(r.files / r.seconds)} | ${(mb / r.cpuSeconds).toFixed(1)} | ${Math.round(r.files / r.cpuSeconds)} | ${r.peakRssMb.toFixed(0)} | ${r.liveHeapMb.toFixed(0)} | ${[p.walk, p['parse+evaluate+adapt'], p.rules].map((x) => (x ?? 0).toFixed(2)).join(' / ')} |`,
    );
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(arg('--child', ''), Number(arg('--files', '0')), Number(arg('--bytes', '0')), Number(arg('--rounds', '3')));
else main();
