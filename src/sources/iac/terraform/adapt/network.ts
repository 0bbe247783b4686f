import type { JsonValue } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { isObject, isUnknown } from '../eval/values.js';
import type { Path } from './builder.js';
import { ResourceDraft, bool, compact, num, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

/** One network ACL entry in the model shape, from an inline block or an aws_network_acl_rule. */
function aclEntry(inst: TfInstance, base: Path, numberField: string, actionField: string): JsonValue {
  const v = (f: string) => valueAt(inst, [...base, f]);
  const action = str(v(actionField));
  return compact({
    ruleNumber: num(v(numberField)),
    protocol: str(v('protocol')),
    ruleAction: typeof action === 'string' ? action.toLowerCase() : action,
    cidrBlock: str(v('cidr_block')),
    ipv6CidrBlock: str(v('ipv6_cidr_block')),
    fromPort: num(v('from_port')),
    toPort: num(v('to_port')),
  });
}

function append(d: ResourceDraft, dir: 'ingress' | 'egress', entry: JsonValue, inst: TfInstance, path: Path): void {
  const ev = d.attributes[dir];
  const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
  d.attributes[dir] = { state: 'known', value: [...current, entry] };
  d.line(`${dir}.${current.length}`, inst, path);
}

function ruleDirection(inst: TfInstance): 'ingress' | 'egress' | JsonValue {
  const egress = bool(valueAt(inst, ['egress']));
  if (egress === undefined || egress === false) return 'ingress';
  if (egress === true) return 'egress';
  return egress;
}

export const networkAclAdapter: TfAdapter = {
  modelType: 'aws.ec2.network-acl',
  primary: ['aws_network_acl', 'aws_default_network_acl'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.network-acl', inst.address);
    d.set('vpcId', str(valueAt(inst, ['vpc_id'])), { inst, path: ['vpc_id'] });
    d.set('isDefault', inst.type === 'aws_default_network_acl');
    d.set('subnetIds', toJson(valueAt(inst, ['subnet_ids'])), { inst, path: ['subnet_ids'] });
    for (const dir of ['ingress', 'egress'] as const) {
      const blocks = valueAt(inst, [dir]);
      if (isUnknown(blocks as TfValue)) {
        d.set(dir, [toJson(blocks) ?? null], { inst, path: [dir] });
        continue;
      }
      if (!Array.isArray(blocks)) continue;
      blocks.forEach((_, i) => append(d, dir, aclEntry(inst, [dir, i], 'rule_no', 'action'), inst, [dir, i]));
    }
    return d;
  },
  // A rule whose ACL is declared elsewhere is judged on its own: its own allow from the internet is
  // the finding, even though a lower-numbered entry elsewhere could in theory deny first.
  orphan(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.network-acl', inst.address);
    d.attributes.vpcId = { state: 'unknown', cause: { kind: 'unresolved', expression: inst.address, message: `the network ACL of ${inst.address} is defined outside this configuration` } };
    return d;
  },
  joins: {
    aws_network_acl_rule: {
      via: 'network_acl_id',
      apply(d, inst) {
        const dir = ruleDirection(inst);
        const entry = aclEntry(inst, [], 'rule_number', 'rule_action');
        if (dir === 'ingress' || dir === 'egress') append(d, dir, entry, inst, []);
        else append(d, 'ingress', dir, inst, ['egress']);
      },
    },
  },
};

export const subnetAdapter: TfAdapter = {
  modelType: 'aws.ec2.subnet',
  primary: ['aws_subnet', 'aws_default_subnet'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.subnet', inst.address);
    d.set('vpcId', str(valueAt(inst, ['vpc_id'])), { inst, path: ['vpc_id'] });
    d.set('cidrBlock', str(valueAt(inst, ['cidr_block'])), { inst, path: ['cidr_block'] });
    d.set('availabilityZone', str(valueAt(inst, ['availability_zone'])), { inst, path: ['availability_zone'] });
    const isDefault = inst.type === 'aws_default_subnet';
    if (isDefault) d.set('defaultForAz', true);
    // Default subnets hand out public addresses unless told otherwise.
    d.set('mapPublicIpOnLaunch', bool(valueAt(inst, ['map_public_ip_on_launch'])) ?? (isDefault ? true : undefined), { inst, path: ['map_public_ip_on_launch'] });
    return d;
  },
};

export const vpcAdapter: TfAdapter = {
  modelType: 'aws.ec2.vpc',
  primary: ['aws_vpc', 'aws_default_vpc'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.vpc', inst.address);
    d.set('cidrBlock', str(valueAt(inst, ['cidr_block'])), { inst, path: ['cidr_block'] });
    d.set('isDefault', inst.type === 'aws_default_vpc');
    return d;
  },
  joins: {
    aws_flow_log: {
      via: 'vpc_id',
      apply(d, inst) {
        const ev = d.attributes.flowLogs;
        const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
        const dest = valueAt(inst, ['log_destination']) ?? valueAt(inst, ['log_group_name']);
        const entry = compact({
          trafficType: str(valueAt(inst, ['traffic_type'])),
          destinationType: str(valueAt(inst, ['log_destination_type'])) ?? 'cloud-watch-logs',
          destination: isObject(dest) ? undefined : (str(dest) ?? undefined),
        });
        d.attributes.flowLogs = { state: 'known', value: [...current, entry] };
        d.line(`flowLogs.${current.length}`, inst, []);
      },
    },
  },
};
