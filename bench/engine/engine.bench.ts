/**
 * Engine throughput: N synthetic resources against every built-in rule and the example policies.
 * Run: npx tsx bench/engine/engine.bench.ts [count]   (default 100000)
 */
import { performance } from 'node:perf_hooks';
import { Inventory, builtinResourceTypes } from '../../src/core/index.js';
import type { Rule } from '../../src/core/index.js';
import { evaluate } from '../../src/engine/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { syntheticInventory } from './synthetic.js';

async function loadPolicyRules(): Promise<Rule[]> {
  try {
    const mod = (await import('../../src/policy/index.js')) as { loadPolicies?: (paths: string[], types: ReturnType<typeof builtinResourceTypes>) => { policies: Rule[] } };
    if (!mod.loadPolicies) return [];
    return mod.loadPolicies(['examples/policies'], builtinResourceTypes()).policies;
  } catch (err) {
    console.error(`(policies not loaded: ${(err as Error).message})`);
    return [];
  }
}

const count = Number(process.argv[2] ?? 100_000);
const types = builtinResourceTypes();
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

const t0 = performance.now();
const resources = syntheticInventory(count);
const inventory = new Inventory(resources);
const t1 = performance.now();
const policies = await loadPolicyRules();
const rules = [...builtinRules(), ...policies];
const t2 = performance.now();
const { findings } = evaluate(inventory, { rules, types });
const t3 = performance.now();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

const byStatus: Record<string, number> = {};
for (const f of findings) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
const evalSec = (t3 - t2) / 1000;
console.log(
  JSON.stringify(
    {
      bench: 'engine',
      resources: count,
      rules: builtinRules().length,
      policies: policies.length,
      findings: findings.length,
      byStatus,
      generateMs: Math.round(t1 - t0),
      evaluateMs: Math.round(t3 - t2),
      resourcesPerSecond: Math.round(count / evalSec),
      findingsPerSecond: Math.round(findings.length / evalSec),
      peakRssMiB: Math.round(peakRss / 2 ** 20),
      node: process.version,
    },
    null,
    2,
  ),
);
