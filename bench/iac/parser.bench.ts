// Throughput of the HCL parser against tree-sitter-hcl (WASM) and @cdktf/hcl2json on a generated
// Terraform corpus. Single process, single core, corpus held in memory.
//   npx tsx bench/iac/parser.bench.ts [--files 2000] [--seed 1] [--rounds 3]

import { parseHcl } from '../../src/sources/iac/terraform/hcl/index.js';
import { generateCorpus, type CorpusFile } from './generate-corpus.js';
import { loadTreeSitterHcl } from './tree-sitter-hcl.js';

interface Row {
  parser: string;
  /** Best wall-clock time of one pass. */
  seconds: number;
  /** Best CPU time (user + system) of one pass: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  note: string;
}

function arg(flag: string, def: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

/** Best of `rounds` timed passes over the corpus, after one warm-up pass. */
async function measure(name: string, files: CorpusFile[], rounds: number, parse: (f: CorpusFile) => unknown): Promise<Row> {
  for (const f of files) await parse(f);
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const f of files) await parse(f);
    const c = process.cpuUsage(c0);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
  }
  return { parser: name, seconds: best, cpuSeconds: bestCpu, note: '' };
}

async function loadHcl2Json(): Promise<((name: string, src: string) => Promise<unknown>) | null> {
  try {
    const mod = (await import('@cdktf/hcl2json')) as { parse: (name: string, src: string) => Promise<unknown> };
    await mod.parse('probe.tf', 'a = 1\n');
    return mod.parse;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const count = arg('--files', 2000);
  const rounds = arg('--rounds', 3);
  const files = generateCorpus({ seed: arg('--seed', 1), files: count });
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.source), 0);
  console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB (seed ${arg('--seed', 1)}), node ${process.version}`);

  const rows: Row[] = [];
  let errors = 0;
  rows.push(
    await measure('parapet parseHcl', files, rounds, (f) => {
      const r = parseHcl(f.source, f.name);
      errors += r.diagnostics.length;
      return r;
    }),
  );
  if (errors > 0) console.warn(`warning: parapet reported ${errors} diagnostics on the clean corpus`);

  const ts = await loadTreeSitterHcl();
  rows.push(
    await measure('tree-sitter-hcl (wasm)', files, rounds, (f) => {
      const tree = ts.parse(f.source);
      tree?.delete();
      return tree;
    }),
  );

  const hcl2json = await loadHcl2Json();
  if (hcl2json) rows.push(await measure('@cdktf/hcl2json (go wasm)', files, 1, (f) => hcl2json(f.name, f.source)));
  else console.log('@cdktf/hcl2json not available: skipped');

  const mb = bytes / 1e6;
  const base = rows[0]!;
  console.table(
    rows.map((r) => ({
      parser: r.parser,
      'wall s': r.seconds.toFixed(3),
      'MB/s (wall)': (mb / r.seconds).toFixed(1),
      'files/s (wall)': Math.round(files.length / r.seconds),
      'MB/s (cpu)': (mb / r.cpuSeconds).toFixed(1),
      'files/s (cpu)': Math.round(files.length / r.cpuSeconds),
      'parapet speed-up (cpu)': r === base ? '' : `${(r.cpuSeconds / base.cpuSeconds).toFixed(1)}x`,
    })),
  );
}

await main();
