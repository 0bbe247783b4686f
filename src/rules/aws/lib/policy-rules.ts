/**
 * Helpers shared by the identity and resource-policy rules: reading the policy documents of a
 * principal or managed policy, and turning analyzer verdicts into rule outcomes.
 */
import type { JsonValue, RuleContext } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker } from '../../../core/index.js';
import type { Verdict } from './policy.js';
import { decided } from './policy.js';

export const PRINCIPAL_TYPES = ['aws.iam.user', 'aws.iam.role', 'aws.iam.group'] as const;
export const IDENTITY_POLICY_TYPES = ['aws.iam.policy', ...PRINCIPAL_TYPES] as const;

export interface NamedDocument {
  /** Model path of the document, for ERROR messages and line lookup. */
  path: string;
  name: string;
  doc: JsonValue;
}

/** The identity-policy documents a resource carries: a managed policy's document, or a principal's inline policies. */
export function identityDocuments(ctx: RuleContext): NamedDocument[] {
  if (ctx.resource.type === 'aws.iam.policy') {
    const doc = ctx.get('document');
    return doc === undefined || doc === null ? [] : [{ path: 'document', name: ctx.resource.name, doc }];
  }
  const map = ctx.get('inlinePolicies');
  if (isUnknownMarker(map)) throw new UnknownEvidenceError('inlinePolicies', map.$unknown);
  if (!isJsonObject(map)) return [];
  return Object.entries(map).map(([name, doc]) => ({ path: `inlinePolicies.${name}`, name, doc }));
}

export function describeHolder(ctx: RuleContext): string {
  return ctx.resource.type === 'aws.iam.policy' ? 'The managed policy' : `The ${ctx.resource.type.split('.').pop() ?? 'principal'}'s inline policies`;
}

/**
 * Runs an analysis over each document alone and returns the first document with the bad verdict;
 * an unknown verdict on any document throws (ERROR) unless another document is already bad.
 */
export function firstMatching<V extends string>(docs: readonly NamedDocument[], analyse: (doc: JsonValue) => Verdict<V>, bad: V): { doc: NamedDocument; verdict: Verdict<V> } | undefined {
  let unknown: { doc: NamedDocument; verdict: Verdict<V> } | undefined;
  for (const d of docs) {
    const v = analyse(d.doc);
    if (v.verdict === bad) return { doc: d, verdict: v };
    if (v.verdict === 'unknown') unknown ??= { doc: d, verdict: v };
  }
  if (unknown) decided(unknown.verdict, unknown.doc.path);
  return undefined;
}

const DAY = 86_400_000;

/** Whole days between an ISO timestamp and now. */
export function daysSince(ts: string, now: number = Date.now()): number {
  return Math.floor((now - Date.parse(ts)) / DAY);
}
