/**
 * Live-discovery benchmark: builds an emulated account of more than 5,000 resources in moto and
 * times one full collection (wall time, API calls, peak memory).
 * Run: npx tsx bench/aws/aws.bench.ts   (uses $PARAPET_TEST_MOTO_URL, else starts moto itself)
 * Size: PARAPET_BENCH_AWS_SCALE=0.2 for a quick run.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateVolumeCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { collectAws } from '../../src/sources/aws/index.js';
import { mapLimit } from '../../src/sources/aws/semaphore.js';

const scale = Number(process.env.PARAPET_BENCH_AWS_SCALE ?? '1');
const N = {
  sgUs: Math.round(2000 * scale),
  sgEu: Math.round(1000 * scale),
  volumes: Math.round(1500 * scale),
  buckets: Math.round(300 * scale),
  users: Math.round(250 * scale),
};
const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'bench-not-a-secret' };

function startMoto(): { url: string; stop: () => void } {
  const existing = process.env.PARAPET_TEST_MOTO_URL;
  if (existing) return { url: existing, stop: () => undefined };
  const root = new URL('../../', import.meta.url).pathname;
  const out = execFileSync('bash', [join(root, 'scripts/services/moto.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /PARAPET_TEST_MOTO_URL=(\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`moto.sh printed no URL: ${out}`);
  const port = new URL(url).port;
  const pidFile = join(process.env.PARAPET_MOTO_DIR ?? join(process.env.TMPDIR ?? tmpdir(), 'parapet-moto'), `moto-${port}.pid`);
  return {
    url,
    stop: () => {
      // Only the server this bench started, by its own pid.
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').trim()));
      } catch {
        /* already gone */
      }
    },
  };
}

async function populate(url: string): Promise<number> {
  const cfg = (region: string) => ({ region, endpoint: url, credentials, forcePathStyle: true });
  const ec2us = new EC2Client(cfg('us-east-1'));
  const ec2eu = new EC2Client(cfg('eu-west-1'));
  const s3 = new S3Client(cfg('us-east-1'));
  const iam = new IAMClient(cfg('us-east-1'));
  const idx = (n: number) => Array.from({ length: n }, (_, i) => i);
  const par = 16;
  await mapLimit(idx(N.sgUs + N.sgEu), par, async (i) => {
    const ec2 = i < N.sgUs ? ec2us : ec2eu;
    const g = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-sg-${i}`, Description: `bench group ${i}` }));
    await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: g.GroupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 1000 + (i % 5000), ToPort: 1000 + (i % 5000), IpRanges: [{ CidrIp: i % 10 === 0 ? '0.0.0.0/0' : '10.0.0.0/8' }] }] }));
  });
  await mapLimit(idx(N.volumes), par, (i) => ec2us.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 1 + (i % 50), Encrypted: i % 3 !== 0 })));
  await mapLimit(idx(N.buckets), par, async (i) => {
    await s3.send(new CreateBucketCommand({ Bucket: `parapet-bench-${i}` }));
    if (i % 2 === 0) await s3.send(new PutBucketVersioningCommand({ Bucket: `parapet-bench-${i}`, VersioningConfiguration: { Status: 'Enabled' } }));
  });
  await mapLimit(idx(N.users), par, async (i) => {
    await iam.send(new CreateUserCommand({ UserName: `bench-user-${i}` }));
    if (i % 2 === 0) await iam.send(new CreateAccessKeyCommand({ UserName: `bench-user-${i}` }));
  });
  for (const c of [ec2us, ec2eu, s3, iam]) c.destroy();
  return N.sgUs + N.sgEu + N.volumes + N.buckets + N.users;
}

async function main(): Promise<void> {
  let moto: { url: string; stop: () => void };
  try {
    moto = startMoto();
  } catch (err) {
    console.log(`aws bench skipped: no emulator (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  try {
    await fetch(`${moto.url}/moto-api/reset`, { method: 'POST' });
    const t0 = Date.now();
    const planted = await populate(moto.url);
    const populateMs = Date.now() - t0;

    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 25);
    const cpu0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    const res = await collectAws({ endpointUrl: moto.url, credentials, regions: ['eu-west-1', 'us-east-1'] });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpu0);
    const mb = (b: number) => Math.round(b / 1024 / 1024);
    const summary = {
      bench: 'aws-collect-moto',
      planted,
      resources: res.resources.length,
      wallMs: Math.round(wallMs),
      apiCalls: res.stats.apiCalls,
      httpRequests: res.stats.httpRequests,
      issues: res.issues.length,
      peakRssMiB: mb(peakRss),
      peakHeapMiB: mb(peakHeap),
      /** CPU time of this process (the collector itself); the rest of the wall time is the emulator answering. */
      collectorCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      populateMs,
      resourcesPerSecond: Math.round(res.resources.length / (wallMs / 1000)),
    };
    console.log(`collected ${summary.resources} resources (${planted} planted) in ${(wallMs / 1000).toFixed(1)} s: ${summary.apiCalls} API calls, collector CPU ${(summary.collectorCpuMs / 1000).toFixed(1)} s, peak RSS ${summary.peakRssMiB} MiB, heap ${summary.peakHeapMiB} MiB`);
    console.log(JSON.stringify(summary));
    if (res.issues.length) console.log(JSON.stringify(res.issues.slice(0, 5), null, 1));
  } finally {
    moto.stop();
  }
}

await main();
