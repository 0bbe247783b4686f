import type { Command } from 'commander';
import { ParapetError } from '../../core/index.js';
import type { CliContext } from '../program.js';

export function permissionsCommand(program: Command, ctx: CliContext): void {
  program
    .command('permissions')
    .description('print the least-privilege read-only IAM policy the live collectors need')
    .argument('<PROVIDER>', 'aws')
    .action(async (provider: string) => {
      if (provider !== 'aws') throw new ParapetError('USAGE', `no live collectors for '${provider}' yet`, { hint: 'use: parapet permissions aws' });
      // Loaded on demand: the AWS source pulls in every SDK client (~2 s), which other commands never need.
      const { awsReadOnlyPolicy } = await import('../../sources/aws/index.js');
      ctx.io.stdout(`${JSON.stringify(awsReadOnlyPolicy(), null, 2)}\n`);
    });
}
