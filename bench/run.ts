/**
 * Runs every benchmark (bench/<area>/*.bench.ts) in its own process, so peak memory is per bench.
 * Run: npm run bench [-- area...]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const root = new URL('.', import.meta.url).pathname;
let failed = 0;
for (const area of readdirSync(root).sort()) {
  const dir = join(root, area);
  if (!statSync(dir).isDirectory() || (only.length && !only.includes(area))) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()) {
    console.log(`\n# ${area}/${file}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
}
process.exitCode = failed ? 1 : 0;
