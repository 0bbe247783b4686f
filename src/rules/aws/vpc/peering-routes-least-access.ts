import type { UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, defineRule } from '../../../core/index.js';
import type { Field, RouteView } from './routes.js';
import { destinationText, prefixLength, routeViews } from './routes.js';

/**
 * No single VPC CIDR block is wider than /16 (IPv4) or /44 (IPv6, the largest IPAM or BYOIP block;
 * Amazon-provided blocks are /56). A peering route shorter than that always covers addresses that
 * are in no block of the peer, so it cannot be the least access the peering needs.
 */
const WIDEST_IPV4 = 16;
const WIDEST_IPV6 = 44;

type Breadth = { broad: true } | { broad: false } | { unknown: UnknownCause };

function breadthOf(f: Field, widest: number): Breadth {
  if ('unknown' in f) return { unknown: f.unknown };
  if ('unset' in f) return { broad: false };
  const len = prefixLength(f.known);
  return { broad: len !== undefined && len < widest };
}

/** Whether the route's destination is broader than any VPC could need; prefix lists are not judged. */
function destinationBreadth(r: RouteView): Breadth {
  const v4 = breadthOf(r.destinationCidr, WIDEST_IPV4);
  const v6 = breadthOf(r.destinationIpv6Cidr, WIDEST_IPV6);
  if ('broad' in v4 && v4.broad) return v4;
  if ('broad' in v6 && v6.broad) return v6;
  if ('unknown' in v4) return v4;
  if ('unknown' in v6) return v6;
  return { broad: false };
}

export default defineRule({
  meta: {
    id: 'aws-vpc-peering-routes-least-access',
    title: 'Routes through VPC peering connections are no broader than a VPC',
    severity: 'medium',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.route-table'],
    description:
      'Looks at every route whose target is a VPC peering connection (pcx-...) and fails when its destination is a default route ' +
      '(0.0.0.0/0 or ::/0) or wider than any VPC can be: an IPv4 prefix shorter than /16 or an IPv6 prefix shorter than /44. ' +
      'AWS caps a VPC CIDR block at those sizes, so such a route always covers addresses that do not belong to the peer and ' +
      'sends more of the subnet traffic over the peering than the connection can legitimately serve. Narrower routes pass even ' +
      'when they span the whole peer VPC, because the peer range is not known here; whether the peering needs all of it still ' +
      'takes a human review. Routes to managed prefix lists and blackhole routes (their peering is gone) are not judged.',
    risk:
      'An over-broad peering route lets the subnets using the table reach, and be reached from, more of the peer network than intended, ' +
      'and hides which ranges the connection is really for; peering is not transitive, so a default route through it also breaks ' +
      'internet-bound traffic in confusing ways.',
    remediation: {
      text: 'Replace the broad route with routes to the specific CIDR blocks of the peer subnets the workload talks to.',
      cli: 'aws ec2 delete-route --route-table-id RTB_ID --destination-cidr-block 0.0.0.0/0\naws ec2 create-route --route-table-id RTB_ID --destination-cidr-block 10.20.1.0/24 --vpc-peering-connection-id PCX_ID',
      terraform: 'resource "aws_route" "to_peer_db" {\n  route_table_id            = aws_route_table.app.id\n  destination_cidr_block    = "10.20.1.0/24"\n  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id\n}',
      cloudformation: 'ToPeerDb:\n  Type: AWS::EC2::Route\n  Properties:\n    RouteTableId: !Ref AppRouteTable\n    DestinationCidrBlock: 10.20.1.0/24\n    VpcPeeringConnectionId: !Ref SharedPeering',
      console: 'VPC > Route tables > table > Routes > Edit routes > narrow the destination of each peering route to the peer subnets needed > Save',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const routes = routeViews(ctx.list('routes'));
    let pending: { index: number; cause: UnknownCause } | undefined;
    let peeringRoutes = 0;
    for (const r of routes) {
      if (r.unknown) {
        pending ??= { index: r.index, cause: r.unknown };
        continue;
      }
      if (r.blackhole) continue;
      const kind = r.targetKind;
      if ('unset' in kind || ('known' in kind && kind.known !== 'vpc-peering')) continue;
      const breadth = destinationBreadth(r);
      if ('known' in kind) {
        peeringRoutes++;
        if ('broad' in breadth && breadth.broad) {
          const via = 'known' in r.targetId ? r.targetId.known : 'a peering connection';
          return ctx.fail(`Route to ${destinationText(r)} goes through ${via}, wider than any VPC`, `routes.${r.index}`);
        }
        if ('unknown' in breadth) pending ??= { index: r.index, cause: breadth.unknown };
        continue;
      }
      // The target kind is unknown: it matters only if the destination would be too broad for a peering.
      if (!('broad' in breadth) || breadth.broad) pending ??= { index: r.index, cause: kind.unknown };
    }
    if (pending) throw new UnknownEvidenceError(`routes.${pending.index}`, pending.cause);
    if (!peeringRoutes) return ctx.pass('The table has no route through a VPC peering connection', 'routes');
    return ctx.pass(`All ${peeringRoutes} peering route(s) are no wider than a VPC`, 'routes');
  },
});
