/**
 * The rules phase and the walk of the end-to-end IaC bench, alone and per rule: generates the
 * Terraform corpus on disk (as bench/iac/e2e.bench.ts does), walks and scans it once, then times
 * the walk and `evaluate()` over the same inventory for several rounds (CPU seconds, best round),
 * lists the slowest rules, and prints a digest of every finding so a speed-up can be checked to
 * leave the results unchanged.
 *   npx tsx bench/engine/iac-rules.bench.ts [--files 2000] [--rounds 5] [--top 15] [--only walk|rules] [--dir d]
 * Paths are part of the findings, so comparing digests of two builds needs the same folder:
 * `--dir d` generates the corpus there once and keeps it (default: a temporary folder, removed).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/index.js';
import { Inventory, builtinResourceTypes, runRule } from '../../src/core/index.js';
import { evaluate, indexRulesByType } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { walkIacFiles } from '../../src/sources/iac/common/index.js';
import { scanTerraform } from '../../src/sources/iac/terraform/index.js';
import { generateCorpus } from '../iac/generate-corpus.js';

function arg(flag: string, def: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
}
const files = Number(arg('--files', '2000'));
const rounds = Number(arg('--rounds', '5'));
const top = Number(arg('--top', '15'));
const only = arg('--only', '');

const cpu = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** Digest of every finding as JSON: equal digests, equal results (same corpus folder needed, see --dir). */
function digest(findings: readonly Finding[]): string {
  const h = createHash('sha256');
  for (const f of findings) h.update(JSON.stringify(f)).update('\n');
  return h.digest('hex').slice(0, 16);
}

const given = arg('--dir', '');
const dir = given || mkdtempSync(join(tmpdir(), 'parapet-rules-bench-'));
try {
  if (!given || !existsSync(dir)) {
    generateCorpus({ seed: 1, files }).forEach((f, i) => {
      const sub = join(dir, `stack${String(Math.floor(i / 25)).padStart(4, '0')}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, f.name), f.source);
    });
  }
  const walkTimes: number[] = [];
  let walked = await walkIacFiles([dir]);
  for (let r = 0; r < rounds && only !== 'rules'; r++) {
    const t0 = cpu();
    walked = await walkIacFiles([dir]);
    walkTimes.push(cpu() - t0);
  }
  if (walkTimes.length) console.log(`walk: ${walked.files.length} files, CPU s best ${Math.min(...walkTimes).toFixed(3)} (rounds ${walkTimes.map((x) => x.toFixed(3)).join(' ')})`);
  if (only === 'walk') process.exit(0);

  const tf = scanTerraform(walked.files.filter((f) => f.kind === 'terraform' || f.kind === 'terraform-json'));
  const rules = builtinRules();
  const types = builtinResourceTypes();
  const now = new Date('2026-11-29T00:00:00Z');
  const times: number[] = [];
  let findings: Finding[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    const t0 = cpu();
    findings = evaluate(new Inventory(tf.resources), { rules, types, now }).findings;
    if (r > 0) times.push(cpu() - t0);
  }
  console.log(`rules: ${tf.resources.length} resources, ${rules.length} rules, ${findings.length} findings, digest ${digest(findings)}`);
  console.log(`rules: CPU s best ${Math.min(...times).toFixed(3)} (rounds ${times.map((x) => x.toFixed(3)).join(' ')})`);

  // Per rule: the same loop as evaluate(), timed rule by rule; each rule's best of the rounds.
  const inventory = new Inventory(tf.resources);
  const byType = indexRulesByType(rules);
  const perRule = new Map<string, { sec: number; runs: number }>();
  for (let r = 0; r < rounds; r++) {
    const pass = new Map<string, { sec: number; runs: number }>();
    for (const resource of inventory) {
      const typeDef = types.get(resource.type);
      for (const rule of byType.get(resource.type) ?? []) {
        if (rule.meta.sources && !rule.meta.sources.includes(resource.provenance.kind)) continue;
        const t0 = process.hrtime.bigint();
        runRule(rule, resource, typeDef, inventory, now);
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        const e = pass.get(rule.meta.id) ?? { sec: 0, runs: 0 };
        e.sec += s;
        e.runs++;
        pass.set(rule.meta.id, e);
      }
    }
    for (const [id, e] of pass) if (!perRule.has(id) || e.sec < (perRule.get(id)?.sec ?? Infinity)) perRule.set(id, e);
  }
  const sorted = [...perRule].sort((a, b) => b[1].sec - a[1].sec);
  const total = sorted.reduce((s, [, e]) => s + e.sec, 0);
  console.log(`per rule (wall, best pass per rule, sum ${total.toFixed(3)} s over ${sorted.length} rules):`);
  for (const [id, e] of sorted.slice(0, top)) console.log(`  ${e.sec.toFixed(4)} s  ${e.runs} runs  ${((e.sec / e.runs) * 1e6).toFixed(1)} us/run  ${id}`);
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
