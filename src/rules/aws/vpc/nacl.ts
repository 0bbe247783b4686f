/**
 * Reads network ACL entries the way AWS evaluates them: in rule-number order, the first entry that
 * matches the traffic decides. For "is port P open to the internet" only entries whose CIDR is the
 * whole address space matter: a narrower deny leaves the rest of the internet allowed, a narrower
 * allow does not open it to everyone.
 */
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker } from '../../../core/index.js';

const PROTOCOLS: Record<string, string> = { '-1': 'all', all: 'all', '6': 'tcp', tcp: 'tcp', '17': 'udp', udp: 'udp', '1': 'icmp', icmp: 'icmp', '58': 'icmpv6' };

export interface Verdict {
  /** Index of the deciding entry in the list, when it allows. */
  index: number;
  ruleNumber: number | undefined;
}

function unknownIn(entry: JsonValue, fields: string[]): UnknownCause | undefined {
  if (isUnknownMarker(entry)) return entry.$unknown;
  if (!isJsonObject(entry)) return undefined;
  for (const f of fields) {
    const v = entry[f];
    if (isUnknownMarker(v)) return v.$unknown;
  }
  return undefined;
}

/** Does this entry match traffic from `cidr` to `port` over one of `protocols` (port undefined: every port)? */
function matches(e: Record<string, JsonValue>, family: 'ipv4' | 'ipv6', port: number | undefined, protocols: readonly string[]): boolean {
  const cidr = family === 'ipv4' ? e.cidrBlock : e.ipv6CidrBlock;
  if (cidr !== (family === 'ipv4' ? '0.0.0.0/0' : '::/0')) return false;
  const p = PROTOCOLS[String(e.protocol ?? '-1').toLowerCase()] ?? String(e.protocol);
  if (p === 'all') return true;
  if (port === undefined) return false;
  if (!protocols.includes(p)) return false;
  const lo = typeof e.fromPort === 'number' ? e.fromPort : 0;
  const hi = typeof e.toPort === 'number' ? e.toPort : 65535;
  return lo <= port && port <= hi;
}

/**
 * The first entry (by rule number) that decides traffic from anywhere to `port` (undefined: traffic on
 * all protocols and ports), for IPv4 and IPv6. Returns the allowing entry, or undefined when the
 * traffic is denied. Throws unknown evidence when an unreadable entry could decide.
 */
export function openFromWorld(entries: JsonValue[], port: number | undefined, protocols: readonly string[], path: string): Verdict | undefined {
  const indexed = entries.map((e, index) => ({ e, index }));
  for (const family of ['ipv4', 'ipv6'] as const) {
    const unknowns: { index: number; cause: UnknownCause; ruleNumber: number | undefined }[] = [];
    const candidates: { e: Record<string, JsonValue>; index: number; ruleNumber: number }[] = [];
    for (const { e, index } of indexed) {
      const cidrField = family === 'ipv4' ? 'cidrBlock' : 'ipv6CidrBlock';
      const cidrCause = unknownIn(e, [cidrField]);
      // An entry for a known, narrower CIDR (or for the other address family) never decides.
      if (!cidrCause && isJsonObject(e) && e[cidrField] !== (family === 'ipv4' ? '0.0.0.0/0' : '::/0')) continue;
      const cause = cidrCause ?? unknownIn(e, ['protocol', 'fromPort', 'toPort', 'ruleAction', 'ruleNumber']);
      if (cause) {
        const rn = isJsonObject(e) && typeof e.ruleNumber === 'number' ? e.ruleNumber : undefined;
        unknowns.push({ index, cause, ruleNumber: rn });
        continue;
      }
      if (!isJsonObject(e) || !matches(e, family, port, protocols)) continue;
      candidates.push({ e, index, ruleNumber: typeof e.ruleNumber === 'number' ? e.ruleNumber : 32766 });
    }
    candidates.sort((a, b) => a.ruleNumber - b.ruleNumber);
    const first = candidates[0];
    // An unreadable entry numbered before the deciding one (or of unknown number) could change the outcome.
    const blocking = unknowns.find((u) => u.ruleNumber === undefined || !first || u.ruleNumber < first.ruleNumber);
    if (first && first.e.ruleAction !== 'deny') {
      if (blocking) throw new UnknownEvidenceError(`${path}.${blocking.index}`, blocking.cause);
      return { index: first.index, ruleNumber: first.ruleNumber };
    }
    if (!first && blocking) throw new UnknownEvidenceError(`${path}.${blocking.index}`, blocking.cause);
  }
  return undefined;
}
