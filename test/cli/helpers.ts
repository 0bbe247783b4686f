import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../../src/cli/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      isTTY: opts.isTTY ?? false,
      env: opts.env ?? {},
      cwd: opts.cwd ?? process.cwd(),
    },
    COMMANDS,
  );
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parapet-cli-'));
}
