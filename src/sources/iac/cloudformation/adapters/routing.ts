import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asString, compact, propAt, refersTo } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { ResourceRef, unresolved } from '../values.js';
import { ofType } from './links.js';
import type { CfnAdapter } from './types.js';

/** Route target properties of AWS::EC2::Route and the kind each names (GatewayId is read apart). */
const TARGET_PROPS: readonly [string, string][] = [
  ['VpcPeeringConnectionId', 'vpc-peering'],
  ['NatGatewayId', 'nat-gateway'],
  ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['TransitGatewayId', 'transit-gateway'],
  ['NetworkInterfaceId', 'network-interface'],
  ['InstanceId', 'instance'],
  ['VpcEndpointId', 'vpc-endpoint'],
  ['CarrierGatewayId', 'carrier-gateway'],
  ['LocalGatewayId', 'local-gateway'],
  ['CoreNetworkArn', 'core-network'],
];

const GATEWAY_TYPES: Record<string, string> = {
  'AWS::EC2::InternetGateway': 'internet-gateway',
  'AWS::EC2::VPNGateway': 'virtual-private-gateway',
  'AWS::EC2::VPCEndpoint': 'vpc-endpoint',
};

/** `GatewayId` holds several kinds of gateway: a reference tells by the resource it names, a literal by its prefix. */
function gatewayKind(v: EvalValue, ctx: AdapterContext): ModelValue {
  if (v instanceof ResourceRef) {
    const type = ctx.template.resources.find((r) => r.logicalId === v.logicalId)?.type;
    return (type && GATEWAY_TYPES[type]) || unresolved(v.render(), 'cannot tell which kind of gateway it names');
  }
  const id = asString(v);
  if (typeof id === 'string') {
    if (id === 'local') return 'local';
    if (id.startsWith('igw-')) return 'internet-gateway';
    if (id.startsWith('vgw-')) return 'virtual-private-gateway';
    if (id.startsWith('vpce-')) return 'vpc-endpoint';
    return 'other';
  }
  return id ?? null;
}

const isSet = (v: EvalValue | undefined): v is EvalValue => v !== undefined && v !== null && v !== '';

function routeOf(e: EvaluatedResource, ctx: AdapterContext): ModelValue {
  if (isUnknownMarker(e.properties)) return e.properties;
  let targetKind: ModelValue | undefined;
  let targetId: ModelValue | undefined;
  const gateway = propAt(e, 'GatewayId');
  if (isSet(gateway)) {
    targetKind = gatewayKind(gateway, ctx);
    targetId = asString(gateway);
  } else {
    for (const [prop, kind] of TARGET_PROPS) {
      const t = propAt(e, prop);
      if (!isSet(t)) continue;
      targetKind = kind;
      targetId = asString(t);
      break;
    }
  }
  return compact({
    destinationCidr: asString(propAt(e, 'DestinationCidrBlock')),
    destinationIpv6Cidr: asString(propAt(e, 'DestinationIpv6CidrBlock')),
    destinationPrefixListId: asString(propAt(e, 'DestinationPrefixListId')),
    targetKind,
    targetId,
  });
}

function fillRoutes(b: ModelBuilder, routes: readonly EvaluatedResource[], ctx: AdapterContext): void {
  if (!routes.length) return;
  routes.forEach((r, i) => b.setLocation(`routes.${i}`, { file: r.file, line: r.line }));
  b.set('routes', routes.map((r) => routeOf(r, ctx)) as JsonValue);
}

const inTemplate = (ctx: AdapterContext, v: EvalValue | undefined, type: string): boolean =>
  v instanceof ResourceRef && ctx.template.resources.some((r) => r.logicalId === v.logicalId && r.type === type);

export const routeTableAdapter: CfnAdapter = {
  modelType: 'aws.ec2.route-table',
  cfnTypes: ['AWS::EC2::RouteTable', 'AWS::EC2::Route'],
  joins: ['AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::GatewayRouteTableAssociation'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    if (res.type === 'AWS::EC2::Route') {
      // Routes of a table in this template are folded into it; a route of a table defined
      // elsewhere is judged on its own.
      if (inTemplate(ctx, propAt(res, 'RouteTableId'), 'AWS::EC2::RouteTable')) return [];
      const b = new ModelBuilder(res, 'aws.ec2.route-table');
      b.set('vpcId', unresolved(res.logicalId, 'the route table of this route is defined outside this template'));
      fillRoutes(b, [res], ctx);
      return [b.build(res.logicalId, ctx)];
    }
    const b = new ModelBuilder(res, 'aws.ec2.route-table');
    if (isUnknownMarker(res.properties)) {
      b.set('routes', res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('vpcId', asString(b.prop('VpcId')), 'VpcId');
    const mine = (type: string) => ofType(ctx, type).filter((x) => refersTo(propAt(x, 'RouteTableId'), res.logicalId));
    fillRoutes(b, mine('AWS::EC2::Route'), ctx);
    const assoc = (type: string, prop: string, attr: string) => {
      const found = mine(type).filter((x) => isSet(propAt(x, prop)));
      if (!found.length) return;
      found.forEach((x, i) => b.setLocation(`${attr}.${i}`, { file: x.file, line: x.line }));
      b.set(attr, found.map((x) => asString(propAt(x, prop)) ?? null) as JsonValue);
    };
    assoc('AWS::EC2::SubnetRouteTableAssociation', 'SubnetId', 'subnetIds');
    assoc('AWS::EC2::GatewayRouteTableAssociation', 'GatewayId', 'gatewayIds');
    return [b.build(res.logicalId, ctx)];
  },
};

export const internetGatewayAdapter: CfnAdapter = {
  modelType: 'aws.ec2.internet-gateway',
  cfnTypes: ['AWS::EC2::InternetGateway'],
  joins: ['AWS::EC2::VPCGatewayAttachment'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.internet-gateway');
    const attachments = ofType(ctx, 'AWS::EC2::VPCGatewayAttachment').filter((a) => refersTo(propAt(a, 'InternetGatewayId'), res.logicalId));
    if (attachments.length) {
      attachments.forEach((a, i) => b.setLocation(`attachments.${i}`, { file: a.file, line: a.line }));
      b.set('attachments', attachments.map((a) => compact({ vpcId: asString(propAt(a, 'VpcId')) })) as JsonValue);
    }
    return [b.build(res.logicalId, ctx)];
  },
};

/** CloudFormation adapters of this area (registered in CFN_ADAPTERS). */
export const CFN_ROUTING_ADAPTERS: readonly CfnAdapter[] = [routeTableAdapter, internetGatewayAdapter];
