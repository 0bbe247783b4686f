// The Terraform phase alone (parse + evaluate + adapt, scanTerraform) over the generated corpus, the
// files read once up front so file I/O is not timed. Best CPU seconds of several full passes after
// a warm-up; every pass parses and evaluates the files again. Profile it with
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/iac/terraform-phase.bench.ts
//   npx tsx bench/iac/profile-summary.ts /tmp/prof/*.cpuprofile
//   npx tsx bench/iac/terraform-phase.bench.ts [--files 2000] [--seed 1] [--rounds 5] [--no-fingerprint]

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import { evaluateTerraform } from '../../src/sources/iac/terraform/eval/load.js';
import { Unknown, Ref } from '../../src/sources/iac/terraform/eval/values.js';
import { scanTerraform } from '../../src/sources/iac/terraform/index.js';
import { generateCorpus } from './generate-corpus.js';

function arg(flag: string, def: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
}

const files = Number(arg('--files', '2000'));
const seed = Number(arg('--seed', '1'));
const rounds = Number(arg('--rounds', '5'));

const dir = mkdtempSync(join(tmpdir(), 'parapet-tfphase-'));
try {
  let bytes = 0;
  generateCorpus({ seed, files }).forEach((f, i) => {
    const sub = join(dir, `stack${String(Math.floor(i / 25)).padStart(4, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, f.name), f.source);
    bytes += Buffer.byteLength(f.source);
  });
  const walked = (await walkIacFiles([dir])).files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json');
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e6;
  };
  // Unknown and Ref are classes: their kind is part of the output too, and what they expose
  // (Unknown's expression and reason are read through accessors, so written out by name).
  // Parsed files (source text, syntax tree) are the input, not output: left out.
  const marker = (v: Unknown | Ref): object => (v instanceof Ref ? { $: 'Ref', expression: v.expression, address: v.address, instance: v.instance, attribute: v.attribute } : { $: v.constructor.name, expression: v.expression, reason: v.reason });
  const replacer = (k: string, v: unknown): unknown => ((k === 'file' || k === 'files') && typeof v === 'object' ? undefined : v instanceof Unknown || v instanceof Ref ? marker(v) : v);
  const hash = (xs: unknown[]) => {
    const h = createHash('sha256');
    for (const x of xs) h.update(JSON.stringify(x, replacer).split(dir).join('<corpus>'));
    return h.digest('hex').slice(0, 16);
  };
  let best = Infinity;
  let resources = 0;
  let issues = 0;
  let fingerprint = '';
  for (let r = 0; r <= rounds; r++) {
    const c0 = cpu();
    const scan = scanTerraform(walked);
    const s = cpu() - c0;
    resources = scan.resources.length;
    issues = scan.issues.length;
    // A hash of everything the phase produced, to show a speed-up changed no output.
    if (r === 0 && !process.argv.includes('--no-fingerprint')) {
      const evaluated = evaluateTerraform(walked);
      fingerprint = `${hash([...scan.resources, ...scan.issues, ...scan.suppressions])} / evaluated ${hash([...evaluated.modules.flatMap((m) => m.instances), ...evaluated.issues])}`;
    }
    if (r > 0) best = Math.min(best, s);
  }
  const mb = bytes / 1e6;
  console.log(`${files} files, ${mb.toFixed(2)} MB, ${resources} resources, ${issues} issues: best of ${rounds} rounds ${best.toFixed(3)} CPU s, ${(mb / best).toFixed(1)} MB/s, output ${fingerprint}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
