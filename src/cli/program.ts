import { Command, CommanderError, Option } from 'commander';
import { ParapetError } from '../core/index.js';
import type { Io } from './io.js';
import { EXIT_ERROR } from './io.js';
import type { OptionDef } from './options.js';
import { VERSION } from './version.js';

/** Shared state of one invocation: the streams, global flags, and the exit code a command sets. */
export interface CliContext {
  io: Io;
  exitCode: number;
  debug: boolean;
  config?: string;
}

export type CommandModule = (program: Command, ctx: CliContext) => void;

/** Adds the flags of an option table to a command (one definition for flags, env and config). */
export function addOptions(cmd: Command, defs: readonly OptionDef[]): Command {
  for (const def of defs) {
    const flags = `${def.short ? `-${def.short}, ` : ''}--${def.flag}${def.kind === 'boolean' ? '' : ` <${def.arg ?? 'VALUE'}>`}`;
    const opt = new Option(flags, def.description);
    if (def.kind === 'list') opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(opt);
  }
  return cmd;
}

export function buildProgram(ctx: CliContext, modules: readonly CommandModule[]): Command {
  const program = new Command('parapet')
    .description('Cloud security posture management: scan live clouds and infrastructure-as-code against one rule library')
    .version(VERSION, '-V, --version')
    .option('--config <FILE>', 'configuration file (default: ./parapet.yaml when present)')
    .option('--debug', 'print stack traces for tool errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  program.hook('preAction', (cmd) => {
    const g = cmd.optsWithGlobals() as { debug?: boolean; config?: string };
    ctx.debug = !!g.debug;
    if (g.config !== undefined) ctx.config = g.config;
  });
  for (const m of modules) m(program, ctx);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  return program;
}

/** Runs the CLI and returns the exit code; only main.ts calls process.exit. */
export async function runCli(argv: readonly string[], io: Io, modules: readonly CommandModule[]): Promise<number> {
  const ctx: CliContext = { io, exitCode: 0, debug: argv.includes('--debug') };
  const program = buildProgram(ctx, modules);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    return reportError(err, ctx);
  }
}

export function reportError(err: unknown, ctx: CliContext): number {
  const { io } = ctx;
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    // Commander has already printed its message; add the next step.
    io.stderr("next step: run 'parapet --help' or 'parapet <command> --help' for the accepted flags\n");
    return EXIT_ERROR;
  }
  if (err instanceof ParapetError) {
    io.stderr(`parapet: error: ${err.describe()}\n`);
    if (ctx.debug && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_ERROR;
  }
  const msg = err instanceof Error ? err.message : String(err);
  io.stderr(`parapet: internal error: ${msg}\n`);
  if (ctx.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
  else io.stderr('next step: run again with --debug for the stack trace, and report it with the command you ran\n');
  return EXIT_ERROR;
}
