import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { unknownMarker, unresolvedCause } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './peering-routes-least-access.js';

const RT = 'aws.ec2.route-table';
const local = { destinationCidr: '10.0.0.0/16', targetKind: 'local', targetId: 'local', state: 'active' };
const peer = (dest: Record<string, string>, extra: Record<string, string> = {}) => ({ ...dest, targetKind: 'vpc-peering', targetId: 'pcx-1', state: 'active', ...extra });
/** An unresolved IaC value nested inside a route (markers are plain JSON in the model). */
const unknownValue = (expr: string) => unknownMarker(unresolvedCause(expr)) as unknown as JsonValue;

testRule(rule, {
  fail: [
    { name: 'default IPv4 route through a peering', resource: liveResource(RT, 'default', { routes: [local, peer({ destinationCidr: '0.0.0.0/0' })] }), message: '0.0.0.0/0 goes through pcx-1' },
    { name: 'default IPv6 route through a peering', resource: liveResource(RT, 'v6', { routes: [peer({ destinationIpv6Cidr: '::/0' })] }), message: '::/0' },
    { name: 'wider than any VPC (/8)', resource: liveResource(RT, 'wide', { routes: [peer({ destinationCidr: '10.0.0.0/8' })] }) },
    { name: 'IPv6 wider than /44', resource: liveResource(RT, 'wide6', { routes: [peer({ destinationIpv6Cidr: '2600:1f18::/32' })] }) },
    {
      name: 'a known broad route wins over an unknown one',
      resource: iacResource(RT, 'mixed', { routes: [{ destinationCidr: unknownValue('var.dest'), targetKind: 'vpc-peering' }, { destinationCidr: '0.0.0.0/0', targetKind: 'vpc-peering' }] }),
    },
  ],
  pass: [
    { name: 'peering route to one peer subnet', resource: liveResource(RT, 'narrow', { routes: [local, peer({ destinationCidr: '10.20.1.0/24' })] }), message: '1 peering route' },
    { name: 'peering route to a whole /16 peer', resource: liveResource(RT, 'vpc16', { routes: [peer({ destinationCidr: '10.20.0.0/16' })] }) },
    { name: 'IPv6 /56 peer', resource: liveResource(RT, 'v6ok', { routes: [peer({ destinationIpv6Cidr: '2600:1f18:1:100::/56' })] }) },
    { name: 'default route to an internet gateway is not a peering', resource: liveResource(RT, 'igw', { routes: [local, { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: 'igw-1' }] }), message: 'no route through' },
    { name: 'broad peering route that is a blackhole', resource: liveResource(RT, 'hole', { routes: [peer({ destinationCidr: '0.0.0.0/0' }, { state: 'blackhole' })] }) },
    { name: 'peering route to a prefix list', resource: liveResource(RT, 'pl', { routes: [peer({ destinationPrefixListId: 'pl-1' })] }) },
    { name: 'IaC table with no routes', resource: iacResource(RT, 'empty', {}) },
    { name: 'unknown target on a narrow destination cannot be too broad', resource: iacResource(RT, 'var-target', { routes: [{ destinationCidr: '10.20.1.0/24', targetKind: unknownValue('var.gateway') }] }) },
  ],
  unknown: [
    { name: 'DescribeRouteTables denied', resource: liveResource(RT, 'denied', { routes: unknownAttr('ec2:DescribeRouteTables') }), cause: 'ec2:DescribeRouteTables' },
    { name: 'routes from a variable', resource: iacResource(RT, 'var', { routes: unresolvedAttr('var.routes') }), cause: 'var.routes' },
    { name: 'peering route with an unknown destination', resource: iacResource(RT, 'dest', { routes: [{ destinationCidr: unknownValue('var.peer_cidr'), targetKind: 'vpc-peering' }] }), cause: 'var.peer_cidr' },
    { name: 'default route whose target kind is unknown', resource: iacResource(RT, 'kind', { routes: [{ destinationCidr: '0.0.0.0/0', targetKind: unknownValue('var.next_hop') }] }), cause: 'var.next_hop' },
    { name: 'a whole route unknown', resource: iacResource(RT, 'whole', { routes: [unknownValue('dynamic.route')] }), cause: 'dynamic.route' },
  ],
});
