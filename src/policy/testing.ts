/** Helpers for the policy tests. Only test files import this module. */
import { ParapetError, ValidationErrors, apiErrorCause, builtinResourceTypes, unknownMarker } from '../core/index.js';
import type { Resource } from '../core/index.js';
import { compilePolicyText } from './load.js';
import type { PolicyRule } from './policy-rule.js';

export const testTypes = builtinResourceTypes();

/** Runs `fn` and returns the ParapetError it throws; fails when it throws nothing or something else. */
export function catchError(fn: () => unknown): ParapetError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ParapetError) return err;
    throw err;
  }
  throw new Error('expected a ParapetError');
}

export function problemsOf(err: ParapetError): ParapetError[] {
  return err instanceof ValidationErrors ? err.problems : [err];
}

/** Compiles policy text that must be valid and holds exactly one policy. */
export function policyFrom(text: string, file = 'inline.yaml'): PolicyRule {
  const r = compilePolicyText(text, file, testTypes);
  if (r.problems.length) throw new Error(r.problems.map((p) => p.describe()).join('\n'));
  if (r.policies.length !== 1) throw new Error(`expected one policy, got ${r.policies.length}`);
  return r.policies[0] as PolicyRule;
}

/** The problems of policy text that must be invalid. */
export function problemsFrom(text: string, file = 'inline.yaml'): ParapetError[] {
  const r = compilePolicyText(text, file, testTypes);
  if (!r.problems.length) throw new Error('expected the policy to be rejected');
  return r.problems;
}

/** The resource with tags that could not be read (the fixtures take only readable tags). */
export function withUnreadableTags(r: Resource, operation = 's3:GetBucketTagging'): Resource {
  return { ...r, tags: unknownMarker(apiErrorCause(operation, 'AccessDenied')) };
}
