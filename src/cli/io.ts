import { SEVERITY_RANK } from '../core/index.js';
import type { Finding, Severity } from '../core/index.js';

/** Where a command writes. Tests pass buffers; main() passes the process streams. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Exit 1 when an unmuted failure is at or above the threshold. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity | undefined, blocking?: (f: Finding) => boolean): number {
  if (!failOn) return EXIT_OK;
  const threshold = SEVERITY_RANK[failOn];
  const hit = findings.some((f) => f.status === 'FAIL' && SEVERITY_RANK[f.severity] >= threshold && (blocking ? blocking(f) : true));
  return hit ? EXIT_FINDINGS : EXIT_OK;
}

export function useColor(mode: 'auto' | 'always' | 'never' | undefined, io: Io): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** Progress lines on stderr, silent with --quiet. Counters (`evaluated N/M`) at most four a second. */
export function progress(io: Io, quiet: boolean): (msg: string) => void {
  if (quiet) return () => undefined;
  let last = 0;
  return (msg) => {
    const now = Date.now();
    if (/^\w+ \d+\/\d+ /.test(msg)) {
      if (now - last < 250) return;
      last = now;
    }
    io.stderr(`parapet: ${msg}\n`);
  };
}
