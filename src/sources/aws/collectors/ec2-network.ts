import { EC2Client, paginateDescribeNetworkAcls, paginateDescribeSubnets } from '@aws-sdk/client-ec2';
import type { NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { JsonValue } from '../../../core/index.js';
import { networkAcl, subnet } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';

/** Subnet-level networking: network ACLs with their entries, and subnets. */
export const ec2NetworkCollector: Collector = {
  service: 'ec2',
  scope: 'regional',
  types: [networkAcl.type, subnet.type],
  actions: ['ec2:DescribeNetworkAcls', 'ec2:DescribeSubnets'],
  async collect(s) {
    const ec2 = s.client(EC2Client);
    await Promise.all([collectNetworkAcls(s, ec2), collectSubnets(s, ec2)]);
  },
};

/** The API answers IANA protocol numbers; the type speaks names. */
const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', '-1': '-1' };

/** The implicit final deny AWS lists in every ACL; the type leaves it out. */
const IMPLICIT_DENY_RULE = 32767;

export function aclEntries(entries: readonly NetworkAclEntry[], egress: boolean): JsonValue[] {
  return entries
    .filter((e) => (e.Egress ?? false) === egress && e.RuleNumber !== IMPLICIT_DENY_RULE)
    .sort((x, y) => (x.RuleNumber ?? 0) - (y.RuleNumber ?? 0))
    .map((e) => {
      const out: Record<string, JsonValue> = {};
      if (e.RuleNumber !== undefined) out.ruleNumber = e.RuleNumber;
      const proto = e.Protocol ?? '-1';
      out.protocol = PROTOCOL_NAMES[proto] ?? proto;
      if (e.RuleAction) out.ruleAction = e.RuleAction;
      if (e.CidrBlock) out.cidrBlock = e.CidrBlock;
      if (e.Ipv6CidrBlock) out.ipv6CidrBlock = e.Ipv6CidrBlock;
      if (e.PortRange?.From !== undefined) out.fromPort = e.PortRange.From;
      if (e.PortRange?.To !== undefined) out.toPort = e.PortRange.To;
      return out;
    });
}

async function collectNetworkAcls(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeNetworkAcls', () => paginateDescribeNetworkAcls({ client: ec2, pageSize: 1000 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(networkAcl, s.arn('ec2', 'network-acl/*'), listed);
    return;
  }
  for (const acl of listed.value.flatMap((p) => p.NetworkAcls ?? [])) {
    const id = acl.NetworkAclId ?? '';
    const r = s.resource(networkAcl.type, s.arn('ec2', `network-acl/${id}`, s.region, acl.OwnerId ?? s.account), id, 'ec2:DescribeNetworkAcls');
    r.known('vpcId', acl.VpcId).known('isDefault', acl.IsDefault ?? false);
    r.known('ingress', aclEntries(acl.Entries ?? [], false)).known('egress', aclEntries(acl.Entries ?? [], true));
    const subnetIds = [...new Set((acl.Associations ?? []).map((x) => x.SubnetId).filter((x): x is string => !!x))].sort();
    r.known('subnetIds', subnetIds);
    for (const sub of subnetIds) r.rel('applies-to', s.arn('ec2', `subnet/${sub}`, s.region, acl.OwnerId ?? s.account));
    r.tags(tagMap(acl.Tags));
    s.emit(r);
  }
}

async function collectSubnets(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeSubnets', () => paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(subnet, s.arn('ec2', 'subnet/*'), listed);
    return;
  }
  for (const sn of listed.value.flatMap((p) => p.Subnets ?? [])) {
    const id = sn.SubnetId ?? '';
    const r = s.resource(subnet.type, sn.SubnetArn ?? s.arn('ec2', `subnet/${id}`, s.region, sn.OwnerId ?? s.account), id, 'ec2:DescribeSubnets');
    r.known('vpcId', sn.VpcId).known('cidrBlock', sn.CidrBlock).known('availabilityZone', sn.AvailabilityZone);
    r.known('mapPublicIpOnLaunch', sn.MapPublicIpOnLaunch ?? false).known('defaultForAz', sn.DefaultForAz ?? false);
    r.tags(tagMap(sn.Tags));
    s.emit(r);
  }
}
