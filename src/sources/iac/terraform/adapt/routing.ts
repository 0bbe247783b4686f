import type { JsonValue } from '../../../../core/index.js';
import { unknownMarker, unresolvedCause } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { Ref, hasToken, isUnknown } from '../eval/values.js';
import type { Path } from './builder.js';
import { ResourceDraft, compact, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

/** Route target arguments (the same names in inline `route` blocks and aws_route) and the kind each names. */
const TARGET_ARGS: readonly [string, string][] = [
  ['vpc_peering_connection_id', 'vpc-peering'],
  ['nat_gateway_id', 'nat-gateway'],
  ['egress_only_gateway_id', 'egress-only-internet-gateway'],
  ['transit_gateway_id', 'transit-gateway'],
  ['network_interface_id', 'network-interface'],
  ['instance_id', 'instance'],
  ['vpc_endpoint_id', 'vpc-endpoint'],
  ['carrier_gateway_id', 'carrier-gateway'],
  ['local_gateway_id', 'local-gateway'],
  ['core_network_arn', 'core-network'],
];

/** Resource types `gateway_id` may point at, by the Terraform type a reference names. */
const GATEWAY_TYPES: Record<string, string> = {
  aws_internet_gateway: 'internet-gateway',
  aws_vpn_gateway: 'virtual-private-gateway',
  aws_vpc_endpoint: 'vpc-endpoint',
};

/** Terraform type of a reference's resource: `module.m.aws_internet_gateway.x` → `aws_internet_gateway`. */
function referencedType(ref: Ref): string | undefined {
  return /(?:^|\.)(aws_[a-z0-9_]+)\.[^.]+$/.exec(ref.address)?.[1];
}

/** `gateway_id` holds several kinds of gateway: a literal tells by its prefix, a reference by its resource type. */
function gatewayKind(v: TfValue): JsonValue {
  if (v instanceof Ref) {
    const t = referencedType(v);
    const kind = t ? GATEWAY_TYPES[t] : undefined;
    if (kind) return kind;
    return unknownMarker(unresolvedCause(v.expression, 'cannot tell which kind of gateway it names')) as unknown as JsonValue;
  }
  if (typeof v === 'string' && !hasToken(v)) {
    if (v === 'local') return 'local';
    if (v.startsWith('igw-')) return 'internet-gateway';
    if (v.startsWith('vgw-')) return 'virtual-private-gateway';
    if (v.startsWith('vpce-')) return 'vpc-endpoint';
    return 'other';
  }
  return toJson(v) ?? null;
}

const isSet = (v: TfValue | undefined): v is TfValue => v !== undefined && v !== null && v !== '';

/** One route in the model shape, from an inline block (`cidr_block`) or an aws_route (`destination_cidr_block`). */
function routeOf(inst: TfInstance, base: Path, destPrefix: '' | 'destination_'): JsonValue {
  const v = (f: string) => valueAt(inst, [...base, f]);
  let targetKind: JsonValue | undefined;
  let targetId: JsonValue | undefined;
  const gateway = v('gateway_id');
  if (isSet(gateway)) {
    targetKind = gatewayKind(gateway);
    targetId = str(gateway);
  } else {
    for (const [arg, kind] of TARGET_ARGS) {
      const t = v(arg);
      if (!isSet(t)) continue;
      targetKind = kind;
      targetId = str(t);
      break;
    }
  }
  const prefixList = v('destination_prefix_list_id');
  return compact({
    destinationCidr: isSet(v(`${destPrefix}cidr_block`)) ? str(v(`${destPrefix}cidr_block`)) : undefined,
    destinationIpv6Cidr: isSet(v(`${destPrefix}ipv6_cidr_block`)) ? str(v(`${destPrefix}ipv6_cidr_block`)) : undefined,
    destinationPrefixListId: isSet(prefixList) ? str(prefixList) : undefined,
    targetKind,
    targetId,
  });
}

function appendTo(d: ResourceDraft, attr: string, item: JsonValue, inst: TfInstance, path: Path): void {
  const ev = d.attributes[attr];
  const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
  d.attributes[attr] = { state: 'known', value: [...current, item] };
  d.line(`${attr}.${current.length}`, inst, path);
}

export const routeTableAdapter: TfAdapter = {
  modelType: 'aws.ec2.route-table',
  primary: ['aws_route_table', 'aws_default_route_table'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.route-table', inst.address);
    d.set('vpcId', str(valueAt(inst, ['vpc_id'])), { inst, path: ['vpc_id'] });
    // The adopted default table is the VPC's main table by definition.
    if (inst.type === 'aws_default_route_table') d.set('main', true, { inst, path: ['default_route_table_id'] });
    const blocks = valueAt(inst, ['route']);
    if (isUnknown(blocks)) d.set('routes', [toJson(blocks) ?? null], { inst, path: ['route'] });
    else if (Array.isArray(blocks)) {
      // A dynamic block over an unknown collection is one unknown element: the whole route is unknown.
      blocks.forEach((b, i) => appendTo(d, 'routes', isUnknown(b) ? (toJson(b) ?? null) : routeOf(inst, ['route', i], ''), inst, ['route', i]));
    }
    return d;
  },
  // A route added to a table defined elsewhere is judged on its own; associations alone say nothing to judge.
  orphan(inst) {
    if (inst.type !== 'aws_route') return undefined;
    const d = new ResourceDraft(inst, 'aws.ec2.route-table', inst.address);
    d.attributes.vpcId = { state: 'unknown', cause: { kind: 'unresolved', expression: inst.address, message: `the route table of ${inst.address} is defined outside this configuration` } };
    return d;
  },
  joins: {
    aws_route: {
      via: 'route_table_id',
      apply(d, inst) {
        appendTo(d, 'routes', routeOf(inst, [], 'destination_'), inst, []);
      },
    },
    aws_route_table_association: {
      via: 'route_table_id',
      apply(d, inst) {
        const subnet = valueAt(inst, ['subnet_id']);
        if (isSet(subnet)) appendTo(d, 'subnetIds', str(subnet) ?? null, inst, ['subnet_id']);
        const gateway = valueAt(inst, ['gateway_id']);
        if (isSet(gateway)) appendTo(d, 'gatewayIds', str(gateway) ?? null, inst, ['gateway_id']);
      },
    },
    aws_main_route_table_association: {
      via: 'route_table_id',
      apply(d, inst) {
        d.set('main', true, { inst, path: ['route_table_id'] });
      },
    },
  },
};

export const internetGatewayAdapter: TfAdapter = {
  modelType: 'aws.ec2.internet-gateway',
  primary: ['aws_internet_gateway'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.internet-gateway', inst.address);
    const vpc = valueAt(inst, ['vpc_id']);
    if (isSet(vpc)) appendTo(d, 'attachments', { vpcId: str(vpc) ?? null }, inst, ['vpc_id']);
    return d;
  },
  joins: {
    aws_internet_gateway_attachment: {
      via: 'internet_gateway_id',
      apply(d, inst) {
        appendTo(d, 'attachments', compact({ vpcId: str(valueAt(inst, ['vpc_id'])) }), inst, []);
      },
    },
  },
};

/** Terraform adapters of this area (registered in TF_ADAPTERS). */
export const TF_ROUTING_ADAPTERS: readonly TfAdapter[] = [routeTableAdapter, internetGatewayAdapter];
