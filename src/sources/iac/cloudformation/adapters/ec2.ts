import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asInt, asList, asString, compact, nameOf, propAt } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { isEvalObject, unresolved } from '../values.js';
import type { CfnAdapter } from './types.js';

const PROTOCOL_NUMBERS: Record<string, string> = { '-1': '-1', '1': 'icmp', '6': 'tcp', '17': 'udp', '58': 'icmpv6' };

/** Peer properties of an ingress or egress rule and the kind of peer each names. */
const PEERS: Record<'ingress' | 'egress', [string, string][]> = {
  ingress: [
    ['CidrIp', 'cidr-ipv4'],
    ['CidrIpv6', 'cidr-ipv6'],
    ['SourceSecurityGroupId', 'security-group'],
    ['SourceSecurityGroupName', 'security-group'],
    ['SourcePrefixListId', 'prefix-list'],
  ],
  egress: [
    ['CidrIp', 'cidr-ipv4'],
    ['CidrIpv6', 'cidr-ipv6'],
    ['DestinationSecurityGroupId', 'security-group'],
    ['DestinationPrefixListId', 'prefix-list'],
  ],
};

function protocolOf(v: EvalValue | undefined): ModelValue | undefined {
  const s = asString(v);
  if (s === undefined || isUnknownMarker(s)) return s;
  const lower = s.toLowerCase();
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

/**
 * Flattens one CloudFormation rule (several peer properties allowed) into one model entry per
 * peer, recording each entry's line. `at(path)` gives the line of a property of the rule.
 */
function flattenRule(
  rule: EvalValue | undefined,
  direction: 'ingress' | 'egress',
  out: ModelValue[],
  record: (index: number, field: string | undefined, cfnField: string | undefined) => void,
  expr: string,
): void {
  if (rule === undefined) return;
  if (isUnknownMarker(rule)) {
    record(out.length, undefined, undefined);
    out.push(rule);
    return;
  }
  if (!isEvalObject(rule)) {
    record(out.length, undefined, undefined);
    out.push(unresolved(expr, 'a security group rule must be a mapping'));
    return;
  }
  const base = compact({
    protocol: protocolOf(rule.IpProtocol),
    fromPort: asInt(rule.FromPort),
    toPort: asInt(rule.ToPort),
    description: asString(rule.Description),
  });
  const peers = PEERS[direction].filter(([k]) => rule[k] !== undefined && rule[k] !== null);
  if (peers.length === 0) {
    record(out.length, undefined, undefined);
    out.push(base);
    return;
  }
  for (const [key, kind] of peers) {
    record(out.length, 'peer', key);
    out.push({ ...base, peerKind: kind, ...compact({ peer: asString(rule[key]) }) });
  }
}

function inlineRules(b: ModelBuilder, prop: string, direction: 'ingress' | 'egress'): ModelValue[] | ModelValue | undefined {
  const list = asList(b.prop(prop));
  if (list === undefined || isUnknownMarker(list)) return list;
  const out: ModelValue[] = [];
  list.forEach((rule, i) => {
    flattenRule(
      rule,
      direction,
      out,
      (index, field, cfnField) => {
        b.mapLine(`${direction}.${index}`, `${prop}.${i}`);
        if (field && cfnField) b.mapLine(`${direction}.${index}.${field}`, `${prop}.${i}.${cfnField}`);
      },
      `${b.res.logicalId}.${prop}.${i}`,
    );
  });
  return out;
}

function standaloneRules(b: ModelBuilder, ctx: AdapterContext, cfnType: string, direction: 'ingress' | 'egress', out: ModelValue[]): void {
  const others = [...ctx.referrers(cfnType, 'GroupId', b.res.logicalId), ...ctx.referrers(cfnType, 'GroupName', b.res.logicalId)];
  for (const other of others) {
    flattenRule(
      other.properties,
      direction,
      out,
      (index, field, cfnField) => {
        b.setLocation(`${direction}.${index}`, { file: other.file, line: other.line });
        const loc = cfnField ? b.lineOf(cfnField, other) : undefined;
        if (field && loc) b.setLocation(`${direction}.${index}.${field}`, loc);
      },
      other.logicalId,
    );
  }
}

const DEFAULT_EGRESS: JsonValue = { protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' };

export const securityGroupAdapter: CfnAdapter = {
  modelType: 'aws.ec2.security-group',
  cfnTypes: ['AWS::EC2::SecurityGroup'],
  joins: ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.security-group');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['groupName', 'description', 'vpcId', 'ingress', 'egress']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('groupName', asString(b.prop('GroupName')), 'GroupName');
    b.set('description', asString(b.prop('GroupDescription')), 'GroupDescription');
    b.set('vpcId', asString(b.prop('VpcId')), 'VpcId');

    const ingress = inlineRules(b, 'SecurityGroupIngress', 'ingress');
    if (ingress === undefined || Array.isArray(ingress)) {
      const all = [...((ingress as ModelValue[] | undefined) ?? [])];
      standaloneRules(b, ctx, 'AWS::EC2::SecurityGroupIngress', 'ingress', all);
      if (ingress !== undefined || all.length) b.set('ingress', all as JsonValue, ingress === undefined ? undefined : 'SecurityGroupIngress');
    } else b.set('ingress', ingress, 'SecurityGroupIngress');

    const egress = inlineRules(b, 'SecurityGroupEgress', 'egress');
    if (egress === undefined || Array.isArray(egress)) {
      // Without inline egress AWS keeps its allow-all rule, and standalone egress rules add to it.
      const all: ModelValue[] = egress === undefined ? [DEFAULT_EGRESS] : [...(egress as ModelValue[])];
      const before = all.length;
      standaloneRules(b, ctx, 'AWS::EC2::SecurityGroupEgress', 'egress', all);
      if (egress !== undefined) b.set('egress', all as JsonValue, 'SecurityGroupEgress');
      else if (all.length > before) b.set('egress', all as JsonValue);
    } else b.set('egress', egress, 'SecurityGroupEgress');
    return [b.build(nameOf(res, 'GroupName'), ctx)];
  },
};

export const ebsVolumeAdapter: CfnAdapter = {
  modelType: 'aws.ec2.volume',
  cfnTypes: ['AWS::EC2::Volume'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.volume');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['encrypted', 'kmsKeyId', 'sizeGiB', 'volumeType']) b.set(attr, res.properties);
    } else {
      b.set('encrypted', asBool(propAt(res, 'Encrypted')), 'Encrypted');
      b.set('kmsKeyId', asString(propAt(res, 'KmsKeyId')), 'KmsKeyId');
      b.relate('encrypted-by', propAt(res, 'KmsKeyId'));
      b.set('sizeGiB', asInt(propAt(res, 'Size')), 'Size');
      b.set('volumeType', asString(propAt(res, 'VolumeType')), 'VolumeType');
    }
    return [b.build(res.logicalId, ctx)];
  },
};
