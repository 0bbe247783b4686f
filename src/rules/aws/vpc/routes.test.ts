import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/index.js';
import { unknownMarker, unresolvedCause } from '../../../core/index.js';
import { destinationText, prefixLength, routeViews } from './routes.js';

const marker = (expr: string) => unknownMarker(unresolvedCause(expr)) as unknown as JsonValue;

describe('route helpers', () => {
  it('reads prefix lengths of IPv4 and IPv6 CIDRs and rejects other text', () => {
    expect([prefixLength('0.0.0.0/0'), prefixLength('10.0.0.0/16'), prefixLength('::/0'), prefixLength('2600:1f18::/56')]).toEqual([0, 16, 0, 56]);
    expect([prefixLength('pl-123'), prefixLength('10.0.0.0'), prefixLength('${Cidr}')]).toEqual([undefined, undefined, undefined]);
  });

  it('tells known, unset and unknown fields apart and marks only blackholes', () => {
    const [a, b, c] = routeViews([
      { destinationCidr: '10.0.0.0/8', targetKind: 'vpc-peering', targetId: 'pcx-1', state: 'blackhole' },
      { destinationPrefixListId: 'pl-1', targetKind: marker('var.kind'), targetId: '' },
      marker('dynamic.route'),
    ]);
    expect(a).toMatchObject({ index: 0, destinationCidr: { known: '10.0.0.0/8' }, destinationIpv6Cidr: { unset: true }, blackhole: true });
    expect(b).toMatchObject({ index: 1, targetKind: { unknown: { expression: 'var.kind' } }, targetId: { unset: true }, blackhole: false });
    expect(c?.unknown).toMatchObject({ expression: 'dynamic.route' });
    expect([destinationText(a!), destinationText(b!), destinationText(c!)]).toEqual(['10.0.0.0/8', 'pl-1', '(no destination)']);
  });
});
