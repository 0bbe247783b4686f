import type { Evidence, UnknownCause } from './evidence.js';
import { apiErrorCause, unresolvedCause } from './evidence.js';
import type { JsonValue } from './json.js';
import type { Location, Provenance, Resource, Tags } from './resource.js';

/**
 * Builders for resources in tests, examples and benchmarks. A plain value becomes known evidence;
 * use `unknownAttr` / `absentAttr` for the other two states.
 */
export type AttrInput = JsonValue | { __evidence: Evidence };

export function unknownAttr(operation: string, errorCode = 'AccessDenied'): { __evidence: Evidence } {
  return { __evidence: { state: 'unknown', cause: apiErrorCause(operation, errorCode) } };
}
export function unresolvedAttr(expression: string): { __evidence: Evidence } {
  return { __evidence: { state: 'unknown', cause: unresolvedCause(expression) } };
}
export function unknownWith(cause: UnknownCause): { __evidence: Evidence } {
  return { __evidence: { state: 'unknown', cause } };
}
export const absentAttr: { __evidence: Evidence } = { __evidence: { state: 'absent' } };

function toEvidence(v: AttrInput): Evidence {
  if (v && typeof v === 'object' && !Array.isArray(v) && '__evidence' in v) return v.__evidence as Evidence;
  return { state: 'known', value: v as JsonValue };
}

export interface FixtureOptions {
  account?: string;
  region?: string;
  tags?: Tags;
  uid?: string;
  /** IaC fixtures: file and line of the block, and attribute lines. */
  location?: Location;
  address?: string;
  attributeLines?: Record<string, Location>;
}

function build(kind: Provenance['kind'], type: string, name: string, attrs: Record<string, AttrInput>, opts: FixtureOptions): Resource {
  const provider = type.split('.')[0] as Resource['provider'];
  const attributes: Record<string, Evidence> = {};
  for (const [k, v] of Object.entries(attrs)) attributes[k] = toEvidence(v);
  const account = opts.account ?? (kind === 'live' ? '123456789012' : undefined);
  const region = opts.region ?? (kind === 'live' ? 'us-east-1' : undefined);
  const provenance: Provenance =
    kind === 'live'
      ? { kind, source: 'fixture' }
      : {
          kind,
          source: 'fixture',
          ...(opts.location ? { location: opts.location } : {}),
          ...(opts.address ? { address: opts.address } : {}),
          ...(opts.attributeLines ? { attributeLines: opts.attributeLines } : {}),
        };
  const r: Resource = {
    uid: opts.uid ?? (kind === 'live' ? `arn:${provider}:${type}:${account}:${name}` : `iac:${opts.address ?? `${type}.${name}`}`),
    provider,
    type,
    name,
    tags: opts.tags ?? {},
    attributes,
    provenance,
  };
  if (account !== undefined) r.account = account;
  if (region !== undefined) r.region = region;
  return r;
}

export function liveResource(type: string, name: string, attrs: Record<string, AttrInput>, opts: FixtureOptions = {}): Resource {
  return build('live', type, name, attrs, opts);
}

export function iacResource(type: string, name: string, attrs: Record<string, AttrInput>, opts: FixtureOptions = {}): Resource {
  return build('iac', type, name, attrs, opts);
}
