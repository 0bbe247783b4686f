/**
 * Three-valued reading of security group ingress entries, shared by the security group rules.
 * An entry may hold `{ "$unknown": cause }` markers (one CIDR from an unresolved variable, a whole
 * entry that could not be read). A question about an entry is answered `true`, `false` or with the
 * unknown part that stops the answer, so one unreadable entry never hides a definite violation in
 * another, and never turns into a pass either.
 */
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { isJsonObject, isUnknownMarker } from '../../../core/index.js';

/** A part of an entry that could not be read, with its dotted path from the resource. */
export interface UnknownPart {
  path: string;
  cause: UnknownCause;
}
export type Tri = boolean | UnknownPart;

export const WORLD_CIDRS: readonly string[] = ['0.0.0.0/0', '::/0'];
const ALL_PROTOCOLS = new Set(['-1', 'all']);
const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

export function isUnknownPart(v: Tri): v is UnknownPart {
  return typeof v === 'object';
}

/** Three-valued AND: false wins, then unknown, then true. */
export function both(x: Tri, y: Tri): Tri {
  if (x === false || y === false) return false;
  if (isUnknownPart(x)) return x;
  return y;
}

type Field = { known: JsonValue | undefined } | { unknown: UnknownPart };

/** One field of entry `index`, or the unknown part that stands in its place. */
function fieldOf(entry: JsonValue | undefined, index: number, name: string): Field {
  if (isUnknownMarker(entry)) return { unknown: { path: `ingress.${index}`, cause: entry.$unknown } };
  if (!isJsonObject(entry)) return { known: undefined };
  const v = entry[name];
  if (isUnknownMarker(v)) return { unknown: { path: `ingress.${index}.${name}`, cause: v.$unknown } };
  return { known: v };
}

/** The peer of the entry, when it is a CIDR that covers the whole internet. */
export function openToWorld(entry: JsonValue | undefined, index: number): Tri {
  const kind = fieldOf(entry, index, 'peerKind');
  if ('known' in kind && typeof kind.known === 'string' && kind.known !== 'cidr-ipv4' && kind.known !== 'cidr-ipv6') return false;
  const peer = fieldOf(entry, index, 'peer');
  if ('unknown' in peer) return peer.unknown;
  if (typeof peer.known === 'string') return WORLD_CIDRS.includes(peer.known.trim());
  return 'unknown' in kind ? kind.unknown : false;
}

/** Normalised protocol: `all`, `tcp`, `udp`, `icmp`, ... */
export function protocolOf(entry: JsonValue | undefined, index: number): string | UnknownPart {
  const p = fieldOf(entry, index, 'protocol');
  if ('unknown' in p) return p.unknown;
  const s = p.known === undefined || p.known === null ? '-1' : String(p.known).toLowerCase();
  if (ALL_PROTOCOLS.has(s)) return 'all';
  return PROTOCOL_NAMES[s] ?? s;
}

/** Port range of a TCP or UDP entry; absent or -1 bounds mean the whole range. */
export function portRange(entry: JsonValue | undefined, index: number): [number, number] | UnknownPart {
  const from = fieldOf(entry, index, 'fromPort');
  if ('unknown' in from) return from.unknown;
  const to = fieldOf(entry, index, 'toPort');
  if ('unknown' in to) return to.unknown;
  const lo = typeof from.known === 'number' && from.known >= 0 ? from.known : 0;
  const hi = typeof to.known === 'number' && to.known >= 0 ? to.known : 65535;
  return [lo, hi];
}

/** Does the entry let traffic reach `port` over one of `protocols`? */
export function reachesPort(entry: JsonValue | undefined, index: number, port: number, protocols: readonly string[]): Tri {
  const protocol = protocolOf(entry, index);
  if (typeof protocol !== 'string') return protocol;
  if (protocol === 'all') return true;
  if (!protocols.includes(protocol)) return false;
  const range = portRange(entry, index);
  if (!Array.isArray(range)) return range;
  return range[0] <= port && port <= range[1];
}

/** Does the entry allow every protocol, or every TCP or UDP port? */
export function allowsAllPorts(entry: JsonValue | undefined, index: number): Tri {
  const protocol = protocolOf(entry, index);
  if (typeof protocol !== 'string') return protocol;
  if (protocol === 'all') return true;
  if (protocol !== 'tcp' && protocol !== 'udp') return false;
  const range = portRange(entry, index);
  if (!Array.isArray(range)) return range;
  return range[0] <= 0 && range[1] >= 65535;
}

/** The peer as written, for messages. */
export function peerOf(entry: JsonValue | undefined): string {
  return isJsonObject(entry) && typeof entry.peer === 'string' ? entry.peer : 'an unknown peer';
}
