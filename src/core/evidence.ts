import type { JsonValue } from './json.js';
import { isJsonObject } from './json.js';

/**
 * Why a value could not be read. Live sources name the API operation and the error; IaC sources
 * name the expression that could not be resolved. Rules never see this directly: reading an
 * unknown value raises UnknownEvidenceError, which the engine turns into an ERROR result.
 */
export interface UnknownCause {
  kind: 'api-error' | 'unresolved' | 'not-collected' | 'unsupported';
  /** API operation in IAM action form, e.g. `s3:GetBucketPolicy`. */
  operation?: string;
  /** Error code as the provider returned it, e.g. `AccessDenied`, `ThrottlingException`. */
  errorCode?: string;
  /** The IaC expression that could not be resolved, e.g. `var.bucket_policy`. */
  expression?: string;
  message: string;
}

/** Three-state evidence for one top-level attribute of a resource. */
export type Evidence =
  | { state: 'known'; value: JsonValue }
  | { state: 'absent' }
  | { state: 'unknown'; cause: UnknownCause };

/**
 * Marker for a value nested inside a known attribute that could not be read or resolved, e.g. one
 * CIDR in a list of security group rules that refers to an unresolved variable. JSON-serialisable,
 * so snapshots keep it.
 */
export interface UnknownMarker {
  $unknown: UnknownCause;
}

export function unknownMarker(cause: UnknownCause): UnknownMarker {
  return { $unknown: cause };
}

export function isUnknownMarker(v: unknown): v is UnknownMarker {
  return isJsonObject(v) && '$unknown' in v && Object.keys(v).length === 1 && isJsonObject(v.$unknown);
}

export function known(value: JsonValue): Evidence {
  return { state: 'known', value };
}
export const ABSENT: Evidence = Object.freeze({ state: 'absent' }) as Evidence;
export function unknown(cause: UnknownCause): Evidence {
  return { state: 'unknown', cause };
}

/** Builds the cause for a failed API call, in the form rules and reports print. */
export function apiErrorCause(operation: string, errorCode: string, detail?: string): UnknownCause {
  const message = `${operation} failed: ${errorCode}${detail ? ` (${detail})` : ''}`;
  return { kind: 'api-error', operation, errorCode, message };
}

export function unresolvedCause(expression: string, why?: string): UnknownCause {
  return { kind: 'unresolved', expression, message: `could not resolve ${expression}${why ? `: ${why}` : ''}` };
}

/** One line naming the cause, e.g. `s3:GetBucketPolicy AccessDenied`. */
export function describeCause(cause: UnknownCause): string {
  if (cause.kind === 'api-error' && cause.operation) {
    return `${cause.operation} ${cause.errorCode ?? 'error'}${cause.message && !cause.message.startsWith(cause.operation) ? `: ${cause.message}` : ''}`;
  }
  return cause.message;
}

export class UnknownEvidenceError extends Error {
  override readonly cause: UnknownCause;
  readonly path: string;
  constructor(path: string, cause: UnknownCause) {
    // Thrown for every unreadable attribute a rule touches, often hundreds of thousands of times
    // in a large scan, and always caught by the engine: a stack trace would be pure cost.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${path} is unknown: ${describeCause(cause)}`);
    Error.stackTraceLimit = limit;
    this.name = 'UnknownEvidenceError';
    this.cause = cause;
    this.path = path;
  }
}
