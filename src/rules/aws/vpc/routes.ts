/**
 * Reads route table routes for the routing rules. A route's target kind or destination may be
 * unknown (an IaC expression); the helpers hand those back as causes so a rule can decide whether
 * the unknown part could change its verdict.
 */
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { isJsonObject, isUnknownMarker } from '../../../core/index.js';

/** A field of a route: a known value, not set, or unknown with its cause. */
export type Field = { known: string } | { unset: true } | { unknown: UnknownCause };

export interface RouteView {
  index: number;
  /** Whole-route unknown: nothing about it can be read. */
  unknown?: UnknownCause;
  targetKind: Field;
  targetId: Field;
  destinationCidr: Field;
  destinationIpv6Cidr: Field;
  destinationPrefixListId: Field;
  /** True only when the route is known to be a blackhole (its target is gone). */
  blackhole: boolean;
}

function field(o: Record<string, JsonValue>, name: string): Field {
  const v = o[name];
  if (isUnknownMarker(v)) return { unknown: v.$unknown };
  if (typeof v === 'string' && v !== '') return { known: v };
  return { unset: true };
}

const UNSET: Field = { unset: true };

export function routeViews(routes: readonly JsonValue[]): RouteView[] {
  return routes.map((r, index) => {
    if (isUnknownMarker(r)) return { index, unknown: r.$unknown, targetKind: UNSET, targetId: UNSET, destinationCidr: UNSET, destinationIpv6Cidr: UNSET, destinationPrefixListId: UNSET, blackhole: false };
    const o = isJsonObject(r) ? r : {};
    return {
      index,
      targetKind: field(o, 'targetKind'),
      targetId: field(o, 'targetId'),
      destinationCidr: field(o, 'destinationCidr'),
      destinationIpv6Cidr: field(o, 'destinationIpv6Cidr'),
      destinationPrefixListId: field(o, 'destinationPrefixListId'),
      blackhole: o.state === 'blackhole',
    };
  });
}

/** Prefix length of a CIDR (`10.0.0.0/8` → 8); undefined when the text is not a CIDR. */
export function prefixLength(cidr: string): number | undefined {
  const m = /^[0-9a-fA-F:.]+\/(\d{1,3})$/.exec(cidr.trim());
  return m ? Number(m[1]) : undefined;
}

export function describeField(f: Field): string {
  return 'known' in f ? f.known : 'unknown' in f ? '(unknown)' : '(none)';
}

/** The destination of a route for messages. */
export function destinationText(r: RouteView): string {
  for (const f of [r.destinationCidr, r.destinationIpv6Cidr, r.destinationPrefixListId]) if (!('unset' in f)) return describeField(f);
  return '(no destination)';
}
