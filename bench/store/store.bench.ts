/**
 * Findings store benchmark: records scans of N findings (default 100,000 on 25,000 resources) on
 * SQLite and PostgreSQL, then times metrics and diff over the history.
 *
 *   npx tsx bench/store/store.bench.ts [--backend sqlite|postgres|both] [--findings 100000] [--scans 30]
 *
 * PostgreSQL uses $PARAPET_TEST_PG_URL (eval "$(scripts/services/postgres.sh)") in a throwaway schema.
 * Each re-scan flips ~1% of statuses and changes ~0.5% of resources, like a busy estate.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Finding, Resource, ScanResult, Severity, Status } from '../../src/core/index.js';
import { fingerprint, summarize } from '../../src/core/index.js';
import type { FindingStore } from '../../src/store/index.js';
import { PostgresFindingStore, SqliteFindingStore } from '../../src/store/index.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const FINDINGS = Number(arg('findings', '100000'));
const SCANS = Number(arg('scans', '30'));
const BACKEND = arg('backend', 'both');
const RULES_PER_RESOURCE = 4;
const RESOURCES = Math.ceil(FINDINGS / RULES_PER_RESOURCE);
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

/** Deterministic pseudo-random numbers, so every run and backend sees the same estate. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Estate {
  statuses: Status[];
  configs: number[];
}

function initialEstate(): Estate {
  const r = rng(1);
  const statuses: Status[] = [];
  for (let i = 0; i < FINDINGS; i++) {
    const x = r();
    statuses.push(x < 0.7 ? 'PASS' : x < 0.95 ? 'FAIL' : x < 0.98 ? 'NOT_APPLICABLE' : 'ERROR');
  }
  return { statuses, configs: new Array<number>(RESOURCES).fill(0) };
}

function evolve(e: Estate, scan: number): void {
  const r = rng(1000 + scan);
  for (let k = 0; k < FINDINGS / 100; k++) {
    const i = Math.floor(r() * FINDINGS);
    e.statuses[i] = e.statuses[i] === 'FAIL' ? 'PASS' : 'FAIL';
  }
  for (let k = 0; k < RESOURCES / 200; k++) {
    const i = Math.floor(r() * RESOURCES);
    e.configs[i] = (e.configs[i] ?? 0) + 1;
  }
}

function uidOf(i: number): string {
  return `arn:aws:s3:::bench-bucket-${i}`;
}

function buildScan(e: Estate, n: number): { result: ScanResult; resources: Resource[] } {
  const findings: Finding[] = [];
  for (let i = 0; i < FINDINGS; i++) {
    const res = Math.floor(i / RULES_PER_RESOURCE);
    const ruleId = `aws.s3.bench-rule-${i % RULES_PER_RESOURCE}`;
    const uid = uidOf(res);
    const status = e.statuses[i] as Status;
    findings.push({
      id: fingerprint(ruleId, uid),
      ruleId,
      title: `S3 bucket check ${i % RULES_PER_RESOURCE}`,
      severity: SEVERITIES[i % SEVERITIES.length] as Severity,
      status,
      message: status === 'FAIL' ? `bucket bench-bucket-${res} does not meet check ${i % RULES_PER_RESOURCE}` : 'ok',
      resource: { uid, type: 'aws.s3.bucket', provider: 'aws', account: '111111111111', region: 'us-east-1', name: `bench-bucket-${res}` },
      evidence: [{ path: 'versioning.enabled', state: 'known', value: status === 'PASS' }],
      compliance: [{ framework: 'cis-aws-5.0', control: `2.1.${i % RULES_PER_RESOURCE}` }],
      remediation: { text: 'Enable the setting on the bucket.', cli: `aws s3api put-bucket-versioning --bucket bench-bucket-${res}` },
    });
  }
  const resources: Resource[] = [];
  for (let i = 0; i < RESOURCES; i++) {
    resources.push({
      uid: uidOf(i),
      provider: 'aws',
      type: 'aws.s3.bucket',
      account: '111111111111',
      region: 'us-east-1',
      name: `bench-bucket-${i}`,
      tags: { environment: i % 3 ? 'prod' : 'dev', owner: `team-${i % 17}` },
      attributes: {
        versioning: { state: 'known', value: { enabled: (e.configs[i] ?? 0) % 2 === 1, mfaDelete: false } },
        encryption: { state: 'known', value: { algorithm: 'aws:kms', keyId: `key-${i % 50}` } },
        publicAccessBlock: { state: 'known', value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } },
        revision: { state: 'known', value: e.configs[i] ?? 0 },
      },
      provenance: { kind: 'live', source: 'aws', operations: ['s3:ListBuckets', 's3:GetBucketVersioning'] },
    });
  }
  const at = T0 + n * DAY;
  const result: ScanResult = {
    tool: { name: 'parapet', version: 'bench' },
    scan: {
      id: `bench-${n}`,
      startedAt: new Date(at - 60_000).toISOString(),
      finishedAt: new Date(at).toISOString(),
      durationMs: 60_000,
      sources: ['aws'],
      accounts: ['111111111111'],
      regions: ['us-east-1'],
      ruleSetVersion: 'bench',
    },
    summary: summarize(findings, RESOURCES, RULES_PER_RESOURCE, []),
    findings,
    issues: [],
  };
  return { result, resources };
}

interface Target {
  name: string;
  open(clock: () => Date): Promise<FindingStore>;
  size(): Promise<number>;
  cleanup(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(path.join(tmpdir(), 'parapet-bench-'));
  const file = path.join(dir, 'bench.db');
  const sizeOf = (f: string) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  };
  return {
    name: 'sqlite',
    open: (clock) => SqliteFindingStore.open(file, { clock }),
    // Database plus write-ahead log, as they sit on disk at that moment.
    size: async () => sizeOf(file) + sizeOf(`${file}-wal`),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(url: string): Target {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'postgres',
    open: (clock) => PostgresFindingStore.open(url, { clock, schema }),
    size: () =>
      admin(async (c) => {
        const r = await c.query(
          `SELECT COALESCE(SUM(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0)::bigint AS n FROM pg_tables WHERE schemaname = $1`,
          [schema],
        );
        return Number(r.rows[0].n);
      }),
    cleanup: () => admin(async (c) => void (await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`))),
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time and this process's CPU time: on a busy machine the CPU time is the steadier number. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const t = performance.now();
  const c = process.cpuUsage();
  const out = await fn();
  const cpu = process.cpuUsage(c);
  return [out, performance.now() - t, (cpu.user + cpu.system) / 1000];
}

async function run(target: Target): Promise<void> {
  let now = new Date(T0);
  const store = await target.open(() => now);
  const estate = initialEstate();
  const recordTimes: number[] = [];
  const recordCpu: number[] = [];
  const buildTimes: number[] = [];
  let sizeAfterFirst = 0;
  try {
    for (let n = 0; n < SCANS; n++) {
      if (n > 0) evolve(estate, n);
      const [scan, buildMs] = await timed(async () => buildScan(estate, n));
      buildTimes.push(buildMs);
      now = new Date(T0 + n * DAY);
      const [summary, ms, cpu] = await timed(() => store.recordScan(scan));
      recordTimes.push(ms);
      recordCpu.push(cpu);
      if (n === 0) sizeAfterFirst = await target.size();
      if (n === 0 || n === SCANS - 1) {
        console.error(`  ${target.name} scan ${n + 1}: ${secs(ms)} (new ${summary.new}, resolved ${summary.resolved}, reopened ${summary.reopened}, events ${summary.events}, resource versions ${summary.resourceVersions})`);
      }
    }
    const sizeAfterAll = await target.size();
    const [metrics, metricsMs, metricsCpu] = await timed(() => store.metrics());
    const [, metricsWarmMs] = await timed(() => store.metrics());
    const [diff, diffMs, diffCpu] = SCANS > 1 ? await timed(() => store.diff()) : [undefined, 0, 0];
    const rest = recordTimes.slice(1);
    const restCpu = recordCpu.slice(1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`\n${target.name}: ${FINDINGS} findings on ${RESOURCES} resources per scan, ${SCANS} scans`);
    console.log(`  record first scan (all new)      ${secs(recordTimes[0] ?? 0)} wall, ${secs(recordCpu[0] ?? 0)} node CPU`);
    if (rest.length) console.log(`  record re-scan (mean of ${rest.length})       ${secs(mean(rest))} wall (max ${secs(Math.max(...rest))}), ${secs(mean(restCpu))} node CPU`);
    console.log(`  database after 1 scan            ${mb(sizeAfterFirst)}`);
    console.log(`  database after ${SCANS} scans          ${mb(sizeAfterAll)}`);
    console.log(`  metrics over ${SCANS} scans            ${secs(metricsMs)} wall, ${secs(metricsCpu)} node CPU (again: ${secs(metricsWarmMs)} wall); open ${Object.values(metrics.openBySeverity).reduce((a, b) => a + b, 0)}, reopened ${metrics.reopened.findings}`);
    if (diff) console.log(`  diff of the last two scans       ${secs(diffMs)} wall, ${secs(diffCpu)} node CPU (new ${diff.new.length}, resolved ${diff.resolved.length}, drifted ${diff.drift.length})`);
    console.log(`  (building each scan in memory: ${secs(buildTimes.reduce((a, b) => a + b, 0) / buildTimes.length)}, not counted)`);
  } finally {
    await store.close();
    // SQLite: closing checkpoints the write-ahead log into the database file.
    console.log(`  database after close             ${mb(await target.size())}`);
    await target.cleanup();
  }
}

const targets: Target[] = [];
if (BACKEND === 'sqlite' || BACKEND === 'both') targets.push(sqliteTarget());
if (BACKEND === 'postgres' || BACKEND === 'both') {
  const url = process.env.PARAPET_TEST_PG_URL;
  if (url) targets.push(postgresTarget(url));
  else console.error('PostgreSQL skipped: set PARAPET_TEST_PG_URL (eval "$(scripts/services/postgres.sh)")');
}
for (const t of targets) await run(t);
