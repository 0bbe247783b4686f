import { EC2Client, paginateDescribeNetworkInterfaces, paginateDescribeSecurityGroups, paginateDescribeVolumes } from '@aws-sdk/client-ec2';
import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { JsonValue } from '../../../core/index.js';
import { ebsVolume, securityGroup } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import type { Outcome } from '../session.js';
import { tagMap } from '../session.js';

export const ec2Collector: Collector = {
  service: 'ec2',
  scope: 'regional',
  types: [securityGroup.type, ebsVolume.type],
  actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeVolumes'],
  async collect(s) {
    const ec2 = s.client(EC2Client);
    await Promise.all([collectSecurityGroups(s, ec2), collectVolumes(s, ec2)]);
  },
};

async function collectSecurityGroups(s: Scope, ec2: EC2Client): Promise<void> {
  const [groups, enis] = await Promise.all([
    s.all('ec2:DescribeSecurityGroups', () => paginateDescribeSecurityGroups({ client: ec2, pageSize: 1000 }, {})),
    s.all('ec2:DescribeNetworkInterfaces', () => paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {})),
  ]);
  if (groups.kind !== 'ok') {
    s.unlisted(securityGroup, s.arn('ec2', 'security-group/*'), groups);
    return;
  }
  const eniCount = new Map<string, number>();
  if (enis.kind === 'ok') {
    for (const eni of enis.value.flatMap((p) => p.NetworkInterfaces ?? [])) {
      for (const g of eni.Groups ?? []) if (g.GroupId) eniCount.set(g.GroupId, (eniCount.get(g.GroupId) ?? 0) + 1);
    }
  }
  for (const g of groups.value.flatMap((p) => p.SecurityGroups ?? [])) {
    s.emit(securityGroupResource(s, g, enis, eniCount.get(g.GroupId ?? '') ?? 0));
  }
}

function securityGroupResource(s: Scope, g: SecurityGroup, enis: Outcome<unknown>, eniCount: number) {
  const id = g.GroupId ?? '';
  const r = s.resource(securityGroup.type, g.SecurityGroupArn ?? s.arn('ec2', `security-group/${id}`, s.region, g.OwnerId ?? s.account), id, 'ec2:DescribeSecurityGroups');
  r.known('groupName', g.GroupName).known('description', g.Description).known('vpcId', g.VpcId);
  r.known('ingress', flattenRules(g.IpPermissions ?? [])).known('egress', flattenRules(g.IpPermissionsEgress ?? []));
  r.op('ec2:DescribeNetworkInterfaces');
  if (enis.kind === 'error') r.unknown('attachedEnis', enis.cause);
  else r.known('attachedEnis', eniCount);
  r.tags(tagMap(g.Tags));
  return r;
}

/** One entry per (permission, peer), the shape `aws.ec2.security-group` declares. */
export function flattenRules(perms: readonly IpPermission[]): JsonValue[] {
  const out: Record<string, JsonValue>[] = [];
  for (const p of perms) {
    const base: Record<string, JsonValue> = { protocol: p.IpProtocol ?? '-1' };
    if (p.FromPort !== undefined) base.fromPort = p.FromPort;
    if (p.ToPort !== undefined) base.toPort = p.ToPort;
    const add = (peerKind: string, peer: string | undefined, description: string | undefined) => {
      if (peer === undefined) return;
      out.push({ ...base, peerKind, peer, ...(description ? { description } : {}) });
    };
    for (const x of p.IpRanges ?? []) add('cidr-ipv4', x.CidrIp, x.Description);
    for (const x of p.Ipv6Ranges ?? []) add('cidr-ipv6', x.CidrIpv6, x.Description);
    for (const x of p.UserIdGroupPairs ?? []) add('security-group', x.GroupId, x.Description);
    for (const x of p.PrefixListIds ?? []) add('prefix-list', x.PrefixListId, x.Description);
  }
  return out.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function collectVolumes(s: Scope, ec2: EC2Client): Promise<void> {
  const vols = await s.all('ec2:DescribeVolumes', () => paginateDescribeVolumes({ client: ec2, pageSize: 500 }, {}));
  if (vols.kind !== 'ok') {
    s.unlisted(ebsVolume, s.arn('ec2', 'volume/*'), vols);
    return;
  }
  for (const v of vols.value.flatMap((p) => p.Volumes ?? [])) {
    const id = v.VolumeId ?? '';
    const r = s.resource(ebsVolume.type, s.arn('ec2', `volume/${id}`), id, 'ec2:DescribeVolumes');
    r.known('encrypted', v.Encrypted ?? false).known('kmsKeyId', v.KmsKeyId).known('sizeGiB', v.Size).known('volumeType', v.VolumeType).known('state', v.State);
    r.known('attachedInstances', [...new Set((v.Attachments ?? []).map((a) => a.InstanceId).filter((x): x is string => !!x))].sort());
    for (const a of v.Attachments ?? []) if (a.InstanceId) r.rel('attached-to', s.arn('ec2', `instance/${a.InstanceId}`));
    r.tags(tagMap(v.Tags));
    s.emit(r);
  }
}
