import type { Command } from 'commander';
import { ParapetError } from '../../core/index.js';
import { awsReadOnlyPolicy } from '../../sources/aws/index.js';
import type { CliContext } from '../program.js';

export function permissionsCommand(program: Command, ctx: CliContext): void {
  program
    .command('permissions')
    .description('print the least-privilege read-only IAM policy the live collectors need')
    .argument('<PROVIDER>', 'aws')
    .action((provider: string) => {
      if (provider !== 'aws') throw new ParapetError('USAGE', `no live collectors for '${provider}' yet`, { hint: 'use: parapet permissions aws' });
      ctx.io.stdout(`${JSON.stringify(awsReadOnlyPolicy(), null, 2)}\n`);
    });
}
