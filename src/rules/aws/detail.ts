import type { JsonValue, RuleContext } from '../../core/index.js';
import { UnknownEvidenceError } from '../../core/index.js';

/**
 * Reads an attribute that only adds detail to a message (the KMS key, the engine name). An
 * unreadable or uncollected detail yields undefined instead of ERROR, so it can never hide a verdict;
 * a value that decides the verdict must be read with the ctx readers instead.
 */
export function detail(ctx: RuleContext, path: string): JsonValue | undefined {
  const dot = path.indexOf('.');
  const top = dot < 0 ? path : path.slice(0, dot);
  if (ctx.resource.attributes[top]?.state !== 'known') return undefined;
  try {
    return ctx.get(path);
  } catch (err) {
    if (err instanceof UnknownEvidenceError) return undefined;
    throw err;
  }
}

/** `detail` for a string value; anything else yields undefined. */
export function detailString(ctx: RuleContext, path: string): string | undefined {
  const v = detail(ctx, path);
  return typeof v === 'string' ? v : undefined;
}
