import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asInt, asString, compact, propAt, refersTo } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import { ResourceRef } from '../values.js';
import { ofType } from './links.js';
import type { CfnAdapter } from './types.js';

function entryOf(e: EvaluatedResource): ModelValue {
  const action = asString(propAt(e, 'RuleAction'));
  return compact({
    ruleNumber: asInt(propAt(e, 'RuleNumber')),
    protocol: asString(propAt(e, 'Protocol')),
    ruleAction: typeof action === 'string' ? action.toLowerCase() : action,
    cidrBlock: asString(propAt(e, 'CidrBlock')),
    ipv6CidrBlock: asString(propAt(e, 'Ipv6CidrBlock')),
    fromPort: asInt(propAt(e, 'PortRange.From')),
    toPort: asInt(propAt(e, 'PortRange.To')),
  });
}

function fillEntries(b: ModelBuilder, entries: EvaluatedResource[]): void {
  const dirs: Record<'ingress' | 'egress', ModelValue[]> = { ingress: [], egress: [] };
  for (const e of entries) {
    const egress = asBool(propAt(e, 'Egress'));
    const dir = egress === true ? 'egress' : 'ingress';
    const value = isUnknownMarker(egress) ? egress : entryOf(e);
    b.setLocation(`${dir}.${dirs[dir].length}`, { file: e.file, line: e.line });
    dirs[dir].push(value);
  }
  b.set('ingress', dirs.ingress as JsonValue);
  b.set('egress', dirs.egress as JsonValue);
}

export const networkAclAdapter: CfnAdapter = {
  modelType: 'aws.ec2.network-acl',
  cfnTypes: ['AWS::EC2::NetworkAcl', 'AWS::EC2::NetworkAclEntry'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    if (res.type === 'AWS::EC2::NetworkAclEntry') {
      // Entries of an ACL in this template are folded into it; an entry for an ACL defined
      // elsewhere is judged on its own.
      const target = propAt(res, 'NetworkAclId');
      if (target instanceof ResourceRef && ctx.template.resources.some((r) => r.logicalId === target.logicalId && r.type === 'AWS::EC2::NetworkAcl')) return [];
      const b = new ModelBuilder(res, 'aws.ec2.network-acl');
      b.set('vpcId', { $unknown: { kind: 'unresolved', expression: res.logicalId, message: 'the network ACL of this entry is defined outside this template' } } as ModelValue);
      fillEntries(b, [res]);
      return [b.build(res.logicalId, ctx)];
    }
    const b = new ModelBuilder(res, 'aws.ec2.network-acl');
    b.set('vpcId', asString(b.prop('VpcId')), 'VpcId');
    fillEntries(
      b,
      ofType(ctx, 'AWS::EC2::NetworkAclEntry').filter((e) => refersTo(propAt(e, 'NetworkAclId'), res.logicalId)),
    );
    return [b.build(res.logicalId, ctx)];
  },
};

export const subnetAdapter: CfnAdapter = {
  modelType: 'aws.ec2.subnet',
  cfnTypes: ['AWS::EC2::Subnet'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.subnet');
    if (isUnknownMarker(res.properties)) {
      b.set('mapPublicIpOnLaunch', res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('vpcId', asString(b.prop('VpcId')), 'VpcId');
    b.set('cidrBlock', asString(b.prop('CidrBlock')), 'CidrBlock');
    b.set('availabilityZone', asString(b.prop('AvailabilityZone')), 'AvailabilityZone');
    b.set('mapPublicIpOnLaunch', asBool(b.prop('MapPublicIpOnLaunch')), 'MapPublicIpOnLaunch');
    return [b.build(res.logicalId, ctx)];
  },
};

export const vpcAdapter: CfnAdapter = {
  modelType: 'aws.ec2.vpc',
  cfnTypes: ['AWS::EC2::VPC'],
  joins: ['AWS::EC2::FlowLog'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.ec2.vpc');
    b.set('cidrBlock', asString(b.prop('CidrBlock')), 'CidrBlock');
    const logs: ModelValue[] = [];
    for (const f of ofType(ctx, 'AWS::EC2::FlowLog')) {
      if (!refersTo(propAt(f, 'ResourceId'), res.logicalId)) continue;
      b.setLocation(`flowLogs.${logs.length}`, { file: f.file, line: f.line });
      logs.push(compact({ trafficType: asString(propAt(f, 'TrafficType')), destinationType: asString(propAt(f, 'LogDestinationType')) ?? 'cloud-watch-logs' }));
    }
    if (logs.length) b.set('flowLogs', logs as JsonValue);
    return [b.build(res.logicalId, ctx)];
  },
};
