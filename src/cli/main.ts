#!/usr/bin/env node
import { COMMANDS } from './commands/index.js';
import { runCli } from './program.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
}, COMMANDS);
process.exitCode = code;
