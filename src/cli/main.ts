#!/usr/bin/env -S node --max-semi-space-size=32
// A larger young generation (32 MiB semi-spaces instead of 16) lets the syntax trees of a root
// module die young instead of being copied through several scavenges: the Terraform phase of the
// IaC bench spends 25-30 % in GC without it (docs/terraform.md). V8 reads the size only at start-up,
// so it is a command-line flag here, not v8.setFlagsFromString.
import { COMMANDS } from './commands/index.js';
import { runCli } from './program.js';

// `parapet scan ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
}, COMMANDS);
process.exitCode = code;
