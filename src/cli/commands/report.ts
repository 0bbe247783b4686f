import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildEvidencePack } from '../../report/index.js';
import { loadConfig } from '../config.js';
import { SCAN_OPTIONS, mergeOptions, optionsFromEnv } from '../options.js';
import type { CliContext } from '../program.js';
import { addOptions } from '../program.js';
import { frameworkScores } from '../wiring.js';
import { executeScan, flagsToOptions } from './scan.js';

/**
 * `parapet report --evidence DIR [PATH...]`: scans like `parapet scan` (same options) and writes an
 * audit evidence pack: per framework an index, a CSV workpaper and one JSON file per control.
 */
export function reportCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('report')
    .description('scan like `parapet scan` and write a compliance evidence pack (per framework and control) to a directory')
    .argument('[PATH...]', 'files or directories with Terraform or CloudFormation')
    .requiredOption('--evidence <DIR>', 'directory to write the evidence pack to (created if missing)');
  addOptions(cmd, SCAN_OPTIONS.filter((d) => d.key !== 'format' && d.key !== 'output'));
  cmd.action(async (paths: string[], raw: Record<string, unknown>) => {
    const { io } = ctx;
    const opts = mergeOptions([loadConfig(ctx.config, io.cwd), optionsFromEnv(io.env), flagsToOptions(raw)]);
    const run = await executeScan(paths, opts, io);
    const dir = resolve(io.cwd, String(raw.evidence));
    const frameworks = frameworkScores(run);
    const files = buildEvidencePack(run.result, { rules: run.rules, frameworks, generatedAt: new Date().toISOString() });
    for (const f of files) {
      const target = join(dir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
    if (!opts.quiet) io.stderr(`parapet: evidence for ${frameworks.length} framework(s) written to ${dir} (${files.length} files; open index.html)\n`);
    ctx.exitCode = run.exitCode;
  });
}
