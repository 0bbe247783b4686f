import { EC2Client, paginateDescribeInternetGateways, paginateDescribeRouteTables } from '@aws-sdk/client-ec2';
import type { InternetGatewayAttachment, Route, RouteTableAssociation } from '@aws-sdk/client-ec2';
import type { JsonValue } from '../../../core/index.js';
import { internetGateway, routeTable } from '../../../core/types/aws/routing.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';

/** VPC routing: route tables with their routes and associations, and internet gateways. */
export const routingCollector: Collector = {
  service: 'ec2',
  scope: 'regional',
  types: [routeTable.type, internetGateway.type],
  actions: ['ec2:DescribeInternetGateways', 'ec2:DescribeRouteTables'],
  async collect(s) {
    const ec2 = s.client(EC2Client);
    await Promise.all([collectRouteTables(s, ec2), collectInternetGateways(s, ec2)]);
  },
};

/** `GatewayId` holds several kinds of gateway; the id prefix tells them apart. */
function gatewayKind(id: string): string {
  if (id === 'local') return 'local';
  if (id.startsWith('igw-')) return 'internet-gateway';
  if (id.startsWith('vgw-')) return 'virtual-private-gateway';
  if (id.startsWith('vpce-')) return 'vpc-endpoint';
  return 'other';
}

/** Target kind and id of an API route. An instance route also names the instance's ENI: the instance wins. */
function targetOf(r: Route): { targetKind: string; targetId: string } | undefined {
  if (r.GatewayId) return { targetKind: gatewayKind(r.GatewayId), targetId: r.GatewayId };
  const byField: [string | undefined, string][] = [
    [r.VpcPeeringConnectionId, 'vpc-peering'],
    [r.NatGatewayId, 'nat-gateway'],
    [r.EgressOnlyInternetGatewayId, 'egress-only-internet-gateway'],
    [r.TransitGatewayId, 'transit-gateway'],
    [r.InstanceId, 'instance'],
    [r.NetworkInterfaceId, 'network-interface'],
    [r.CarrierGatewayId, 'carrier-gateway'],
    [r.LocalGatewayId, 'local-gateway'],
    [r.CoreNetworkArn, 'core-network'],
    [r.OdbNetworkArn, 'other'],
  ];
  const hit = byField.find(([id]) => !!id);
  return hit ? { targetKind: hit[1], targetId: hit[0] as string } : undefined;
}

export function routeEntry(r: Route): JsonValue {
  const out: Record<string, JsonValue> = {};
  if (r.DestinationCidrBlock) out.destinationCidr = r.DestinationCidrBlock;
  if (r.DestinationIpv6CidrBlock) out.destinationIpv6Cidr = r.DestinationIpv6CidrBlock;
  if (r.DestinationPrefixListId) out.destinationPrefixListId = r.DestinationPrefixListId;
  const target = targetOf(r);
  if (target) Object.assign(out, target);
  if (r.State) out.state = r.State;
  return out;
}

/** A stable order, so two scans of the same table compare equal whatever order the API answers in. */
function routeKey(r: JsonValue): string {
  const o = r as Record<string, JsonValue>;
  return [o.destinationCidr ?? '', o.destinationIpv6Cidr ?? '', o.destinationPrefixListId ?? '', o.targetId ?? ''].join('|');
}

function associated(assocs: readonly RouteTableAssociation[], pick: (a: RouteTableAssociation) => string | undefined): string[] {
  const live = assocs.filter((a) => a.AssociationState?.State !== 'disassociated' && a.AssociationState?.State !== 'failed');
  return [...new Set(live.map(pick).filter((x): x is string => !!x))].sort();
}

async function collectRouteTables(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeRouteTables', () => paginateDescribeRouteTables({ client: ec2, pageSize: 100 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(routeTable, s.arn('ec2', 'route-table/*'), listed);
    return;
  }
  for (const t of listed.value.flatMap((p) => p.RouteTables ?? [])) {
    const id = t.RouteTableId ?? '';
    const owner = t.OwnerId ?? s.account;
    const assocs = t.Associations ?? [];
    const r = s.resource(routeTable.type, s.arn('ec2', `route-table/${id}`, s.region, owner), id, 'ec2:DescribeRouteTables');
    r.known('vpcId', t.VpcId).known('main', assocs.some((a) => a.Main === true));
    const subnetIds = associated(assocs, (a) => a.SubnetId);
    r.known('subnetIds', subnetIds).known('gatewayIds', associated(assocs, (a) => a.GatewayId));
    r.known('routes', (t.Routes ?? []).map(routeEntry).sort((x, y) => routeKey(x).localeCompare(routeKey(y))));
    for (const sub of subnetIds) r.rel('applies-to', s.arn('ec2', `subnet/${sub}`, s.region, owner));
    r.tags(tagMap(t.Tags));
    s.emit(r);
  }
}

export function igwAttachments(list: readonly InternetGatewayAttachment[]): JsonValue[] {
  return list
    .map((a) => {
      const out: Record<string, JsonValue> = {};
      if (a.VpcId) out.vpcId = a.VpcId;
      if (a.State) out.state = a.State;
      return out;
    })
    .sort((x, y) => String(x.vpcId ?? '').localeCompare(String(y.vpcId ?? '')));
}

async function collectInternetGateways(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeInternetGateways', () => paginateDescribeInternetGateways({ client: ec2, pageSize: 1000 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(internetGateway, s.arn('ec2', 'internet-gateway/*'), listed);
    return;
  }
  for (const g of listed.value.flatMap((p) => p.InternetGateways ?? [])) {
    const id = g.InternetGatewayId ?? '';
    const owner = g.OwnerId ?? s.account;
    const r = s.resource(internetGateway.type, s.arn('ec2', `internet-gateway/${id}`, s.region, owner), id, 'ec2:DescribeInternetGateways');
    const attachments = igwAttachments(g.Attachments ?? []);
    r.known('attachments', attachments);
    for (const a of g.Attachments ?? []) if (a.VpcId) r.rel('attached-to', s.arn('ec2', `vpc/${a.VpcId}`, s.region, owner));
    r.tags(tagMap(g.Tags));
    s.emit(r);
  }
}

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const ROUTING_COLLECTORS: readonly Collector[] = [routingCollector];
