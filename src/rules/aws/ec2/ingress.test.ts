import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { allowsAllPorts, both, isUnknownPart, openToWorld, peerOf, portRange, protocolOf, reachesPort } from './ingress.js';

const marker = (expression: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression, message: `could not resolve ${expression}` } });
const entry = (fields: Record<string, JsonValue>): JsonValue => ({ protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0', ...fields });

describe('security group ingress reading', () => {
  it('recognises both world CIDRs and nothing narrower', () => {
    expect(openToWorld(entry({}), 0)).toBe(true);
    expect(openToWorld(entry({ peerKind: 'cidr-ipv6', peer: '::/0' }), 0)).toBe(true);
    expect(openToWorld(entry({ peer: '0.0.0.0/1' }), 0)).toBe(false);
    expect(openToWorld(entry({ peerKind: 'security-group', peer: 'sg-1' }), 0)).toBe(false);
  });
  it('a non-CIDR peer kind rules an entry out even when the peer is unknown', () => {
    expect(openToWorld(entry({ peerKind: 'prefix-list', peer: marker('var.pl') }), 0)).toBe(false);
    const part = openToWorld(entry({ peer: marker('var.cidr') }), 3);
    expect(isUnknownPart(part) && part.path).toBe('ingress.3.peer');
  });
  it('normalises protocols', () => {
    expect(protocolOf(entry({ protocol: '-1' }), 0)).toBe('all');
    expect(protocolOf(entry({ protocol: 'ALL' }), 0)).toBe('all');
    expect(protocolOf(entry({ protocol: '17' }), 0)).toBe('udp');
    expect(protocolOf(entry({ protocol: 'TCP' }), 0)).toBe('tcp');
  });
  it('reads missing or -1 port bounds as the whole range', () => {
    expect(portRange({ protocol: 'tcp' }, 0)).toEqual([0, 65535]);
    expect(portRange(entry({ fromPort: -1, toPort: -1 }), 0)).toEqual([0, 65535]);
    expect(portRange(entry({ fromPort: 20, toPort: 25 }), 0)).toEqual([20, 25]);
  });
  it('answers port questions in three values', () => {
    expect(reachesPort(entry({ fromPort: 20, toPort: 25 }), 0, 22, ['tcp'])).toBe(true);
    expect(reachesPort(entry({ protocol: 'icmp' }), 0, 22, ['tcp'])).toBe(false);
    expect(isUnknownPart(reachesPort(entry({ toPort: marker('var.p') }), 0, 22, ['tcp']))).toBe(true);
    expect(allowsAllPorts(entry({ fromPort: 0, toPort: 65535 }), 0)).toBe(true);
    expect(allowsAllPorts(entry({}), 0)).toBe(false);
  });
  it('treats a wholly unknown entry as unknown everywhere', () => {
    const e = marker('local.rule');
    for (const v of [openToWorld(e, 1), reachesPort(e, 1, 22, ['tcp']), allowsAllPorts(e, 1)]) expect(isUnknownPart(v) && v.path).toBe('ingress.1');
    expect(peerOf(e)).toBe('an unknown peer');
  });
  it('combines answers: false beats unknown, unknown beats true', () => {
    const u = { path: 'ingress.0.peer', cause: { kind: 'unresolved' as const, message: 'x' } };
    expect(both(false, u)).toBe(false);
    expect(both(u, false)).toBe(false);
    expect(both(u, true)).toBe(u);
    expect(both(true, u)).toBe(u);
    expect(both(true, true)).toBe(true);
  });
});
