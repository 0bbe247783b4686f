import type { JsonValue } from '../../../../core/index.js';
import { unknownMarker } from '../../../../core/index.js';
import type { TfInstance } from '../eval/module.js';
import type { TfValue } from '../eval/values.js';
import { isUnknown } from '../eval/values.js';
import type { Path } from './builder.js';
import { ResourceDraft, bool, compact, num, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

const PROTOCOLS: Record<string, string> = { '-1': '-1', all: '-1', '6': 'tcp', tcp: 'tcp', '17': 'udp', udp: 'udp', '1': 'icmp', icmp: 'icmp', '58': 'icmpv6', icmpv6: 'icmpv6' };

function protocol(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return toJson(v);
  const s = String(v).toLowerCase();
  return PROTOCOLS[s] ?? s;
}

/** Flattens one rule with several peers into one model entry per peer. */
function flatten(inst: TfInstance, base: Path, peers: [string, string][]): JsonValue[] {
  const common = {
    protocol: protocol(valueAt(inst, [...base, 'protocol']) ?? valueAt(inst, [...base, 'ip_protocol'])),
    fromPort: num(valueAt(inst, [...base, 'from_port'])),
    toPort: num(valueAt(inst, [...base, 'to_port'])),
    description: str(valueAt(inst, [...base, 'description'])),
  };
  const out: JsonValue[] = [];
  for (const [field, kind] of peers) {
    const v = valueAt(inst, [...base, field]);
    if (v === undefined || v === null) continue;
    if (isUnknown(v)) {
      out.push(compact({ ...common, peerKind: kind, peer: toJson(v) }));
      continue;
    }
    const list = Array.isArray(v) ? v : [v];
    for (const p of list) out.push(compact({ ...common, peerKind: kind, peer: str(p) }));
  }
  // A rule written without any peer is still a rule (AWS would reject it at apply, but it is there).
  if (!out.length) out.push(compact(common));
  return out;
}

const INLINE_PEERS: [string, string][] = [
  ['cidr_blocks', 'cidr-ipv4'],
  ['ipv6_cidr_blocks', 'cidr-ipv6'],
  ['security_groups', 'security-group'],
  ['prefix_list_ids', 'prefix-list'],
];
const RULE_PEERS: [string, string][] = [...INLINE_PEERS, ['source_security_group_id', 'security-group']];
const VPC_RULE_PEERS: [string, string][] = [
  ['cidr_ipv4', 'cidr-ipv4'],
  ['cidr_ipv6', 'cidr-ipv6'],
  ['referenced_security_group_id', 'security-group'],
  ['prefix_list_id', 'prefix-list'],
];

function appendRules(d: ResourceDraft, direction: 'ingress' | 'egress', entries: JsonValue[], inst: TfInstance, path: Path): void {
  const ev = d.attributes[direction];
  const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
  const start = current.length;
  d.attributes[direction] = { state: 'known', value: [...current, ...entries] };
  entries.forEach((_, i) => d.line(`${direction}.${start + i}`, inst, path));
}

export const securityGroupAdapter: TfAdapter = {
  modelType: 'aws.ec2.security-group',
  primary: ['aws_security_group', 'aws_default_security_group'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.ec2.security-group', typeof name === 'string' ? name : inst.address);
    d.set('groupName', str(name), { inst, path: ['name'] });
    // The default group of a VPC is always named 'default' (aws_default_security_group has no name).
    if (inst.type === 'aws_default_security_group') d.set('groupName', 'default');
    d.set('description', str(valueAt(inst, ['description'])), { inst, path: ['description'] });
    d.set('vpcId', str(valueAt(inst, ['vpc_id'])), { inst, path: ['vpc_id'] });
    // Terraform removes the allow-all egress rule AWS adds to new groups, so a group written
    // without egress rules has none (unlike CloudFormation, where the AWS default stays).
    d.attributes.ingress = { state: 'known', value: [] };
    d.attributes.egress = { state: 'known', value: [] };
    for (const dir of ['ingress', 'egress'] as const) {
      const blocks = valueAt(inst, [dir]);
      if (isUnknown(blocks as TfValue)) {
        d.attributes[dir] = { state: 'known', value: [toJson(blocks) ?? null] };
        continue;
      }
      if (!Array.isArray(blocks)) continue;
      blocks.forEach((_, i) => appendRules(d, dir, flatten(inst, [dir, i], INLINE_PEERS), inst, [dir, i]));
    }
    return d;
  },
  orphan(inst) {
    // A rule for a group this configuration does not declare: judge the rule on its own.
    const d = new ResourceDraft(inst, 'aws.ec2.security-group', inst.address);
    const elsewhere = { state: 'unknown' as const, cause: { kind: 'unresolved' as const, expression: inst.address, message: `the security group of ${inst.address} is defined outside this configuration` } };
    for (const a of ['groupName', 'description', 'vpcId']) d.attributes[a] = elsewhere;
    // Other rules of that group are not visible here: a definite violation in this rule still
    // fails, but nothing can pass on this partial view.
    const others = unknownMarker({ kind: 'unresolved', expression: inst.address, message: 'other rules of a security group defined outside this configuration' }) as unknown as JsonValue;
    d.attributes.ingress = { state: 'known', value: [others] };
    d.attributes.egress = { state: 'known', value: [others] };
    return d;
  },
  joins: {
    aws_security_group_rule: {
      via: 'security_group_id',
      apply(d, inst) {
        const type = valueAt(inst, ['type']);
        const dir = type === 'egress' ? 'egress' : 'ingress';
        const self = bool(valueAt(inst, ['self']));
        const entries = flatten(inst, [], RULE_PEERS);
        if (self === true) entries.push(compact({ protocol: protocol(valueAt(inst, ['protocol'])), fromPort: num(valueAt(inst, ['from_port'])), toPort: num(valueAt(inst, ['to_port'])), peerKind: 'security-group', peer: 'self' }));
        appendRules(d, dir, entries, inst, []);
      },
    },
    aws_vpc_security_group_ingress_rule: { via: 'security_group_id', apply: (d, inst) => appendRules(d, 'ingress', flatten(inst, [], VPC_RULE_PEERS), inst, []) },
    aws_vpc_security_group_egress_rule: { via: 'security_group_id', apply: (d, inst) => appendRules(d, 'egress', flatten(inst, [], VPC_RULE_PEERS), inst, []) },
  },
};

export const ebsVolumeAdapter: TfAdapter = {
  modelType: 'aws.ec2.volume',
  primary: ['aws_ebs_volume'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.ec2.volume', inst.address);
    d.set('encrypted', bool(valueAt(inst, ['encrypted'])), { inst, path: ['encrypted'] });
    d.set('kmsKeyId', str(valueAt(inst, ['kms_key_id'])), { inst, path: ['kms_key_id'] });
    d.set('sizeGiB', num(valueAt(inst, ['size'])), { inst, path: ['size'] });
    d.set('volumeType', str(valueAt(inst, ['type'])), { inst, path: ['type'] });
    return d;
  },
};
