import type { ResourceTypeDef } from '../../resource.js';
import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

/** Where a route sends matching traffic; one kind per target field of the EC2 API. */
export const ROUTE_TARGET_KINDS = [
  'local',
  'internet-gateway',
  'egress-only-internet-gateway',
  'nat-gateway',
  'vpc-peering',
  'transit-gateway',
  'instance',
  'network-interface',
  'virtual-private-gateway',
  'vpc-endpoint',
  'carrier-gateway',
  'local-gateway',
  'core-network',
  'other',
] as const;

const route = a.object(
  {
    destinationCidr: a.string('IPv4 destination CIDR'),
    destinationIpv6Cidr: a.string('IPv6 destination CIDR'),
    destinationPrefixListId: a.string('Destination managed prefix list (instead of a CIDR)'),
    targetKind: a.enum(ROUTE_TARGET_KINDS, "Kind of target; 'other' for targets this model does not name"),
    targetId: a.string("Target id (igw-..., pcx-..., nat-...); 'local' for the VPC's own range"),
    state: a.enum(['active', 'blackhole'] as const, 'Blackhole: the target is gone and matching traffic is dropped', { default: 'active' }),
  },
  'One route of the table',
);

export const routeTable = defineResourceType({
  type: 'aws.ec2.route-table',
  provider: 'aws',
  service: 'ec2',
  description: 'A VPC route table: its routes, which subnets use it, and whether it is the main table of its VPC.',
  aliases: ['aws_route_table', 'aws_default_route_table', 'AWS::EC2::RouteTable', 'route_table'],
  attributes: {
    vpcId: a.string('VPC of the table'),
    main: a.bool('The main table: every subnet of the VPC without its own association uses it', {
      default: false,
      defaultNote: 'A route table you create is not the main table unless you make it so',
    }),
    subnetIds: a.list(a.string('subnet id'), 'Subnets explicitly associated with the table', { default: [] }),
    gatewayIds: a.list(a.string('gateway id'), 'Internet or virtual private gateways associated with the table (edge association)', { default: [] }),
    routes: a.list(route, 'Routes, including the local route when the source lists it', {
      default: [],
      defaultNote: 'A new route table holds only the local route of the VPC range',
    }),
  },
});

export const internetGateway = defineResourceType({
  type: 'aws.ec2.internet-gateway',
  provider: 'aws',
  service: 'ec2',
  description: 'An internet gateway and the VPC it is attached to.',
  aliases: ['aws_internet_gateway', 'AWS::EC2::InternetGateway', 'internet_gateway'],
  attributes: {
    attachments: a.list(
      a.object(
        {
          vpcId: a.string('Attached VPC'),
          state: a.enum(['attaching', 'attached', 'available', 'detaching', 'detached'] as const, "Attachment state; the API reports a working attachment as 'available'"),
        },
        'One VPC attachment',
      ),
      'VPC attachments (at most one)',
      { default: [], defaultNote: 'A new internet gateway is detached' },
    ),
  },
});

/** Resource types of this area, registered in AWS_RESOURCE_TYPES. */
export const ROUTING_TYPES: readonly ResourceTypeDef[] = [routeTable, internetGateway];
