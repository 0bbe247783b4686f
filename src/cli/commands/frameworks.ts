import type { Command } from 'commander';
import { findFramework, loadFrameworks } from '../../frameworks/index.js';
import { frameworkDetail, frameworksTable } from '../frameworks-view.js';
import type { CliContext } from '../program.js';

export function frameworksCommand(program: Command, ctx: CliContext): void {
  const cmd = program.command('frameworks').description('list and show compliance frameworks and which rules evaluate each control');
  cmd
    .command('list')
    .description('list frameworks with their automated, manual and uncovered control counts')
    .option('--framework-file <FILE...>', 'also load these framework files')
    .option('--format <FORMAT>', 'table or json', 'table')
    .action((opts: { frameworkFile?: string[]; format: string }) => {
      const fws = loadFrameworks(opts.frameworkFile ?? []);
      ctx.io.stdout(opts.format === 'json' ? `${JSON.stringify(fws.map((f) => ({ id: f.id, name: f.name, version: f.version, controls: f.controls.length })), null, 2)}\n` : frameworksTable(fws));
    });
  cmd
    .command('show')
    .description('show the controls of a framework and the rules behind each')
    .argument('<ID>', 'framework id, e.g. cis-aws-6.0')
    .option('--framework-file <FILE...>', 'also load these framework files')
    .option('--format <FORMAT>', 'table or json', 'table')
    .action((id: string, opts: { frameworkFile?: string[]; format: string }) => {
      const f = findFramework(loadFrameworks(opts.frameworkFile ?? []), id);
      ctx.io.stdout(opts.format === 'json' ? `${JSON.stringify(f, null, 2)}\n` : frameworkDetail(f));
    });
}
