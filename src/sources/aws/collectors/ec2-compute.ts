import {
  DescribeSnapshotAttributeCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeFlowLogs,
  paginateDescribeInstances,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
} from '@aws-sdk/client-ec2';
import type { FlowLog, Instance } from '@aws-sdk/client-ec2';
import type { JsonValue, UnknownCause } from '../../../core/index.js';
import { ebsSnapshot, ec2Instance, ec2RegionSettings, vpc } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';

/** User data often carries credentials; Parapet never stores secret values, so it is not read. */
export const USER_DATA_NOT_COLLECTED: UnknownCause = {
  kind: 'unsupported',
  message: 'user data is not collected from live instances: it can hold secrets, and Parapet never stores secret values',
};

/** EC2 beyond security groups and volumes: instances, VPCs with flow logs, snapshots, region settings. */
export const ec2ComputeCollector: Collector = {
  service: 'ec2',
  scope: 'regional',
  types: [ec2Instance.type, ec2RegionSettings.type, ebsSnapshot.type, vpc.type],
  actions: [
    'ec2:DescribeFlowLogs',
    'ec2:DescribeInstances',
    'ec2:DescribeSnapshotAttribute',
    'ec2:DescribeSnapshots',
    'ec2:DescribeVolumes',
    'ec2:DescribeVpcs',
    'ec2:GetEbsEncryptionByDefault',
  ],
  async collect(s) {
    const ec2 = s.client(EC2Client);
    await Promise.all([collectInstances(s, ec2), collectRegionSettings(s, ec2), collectSnapshots(s, ec2), collectVpcs(s, ec2)]);
  },
};

async function collectInstances(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeInstances', () => paginateDescribeInstances({ client: ec2, pageSize: 1000 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(ec2Instance, s.arn('ec2', 'instance/*'), listed);
    return;
  }
  const instances: Instance[] = listed.value.flatMap((p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? []));
  // Encryption of attached volumes, for blockDevices: one regional listing, not one call per instance.
  const volumes = instances.length
    ? await s.all('ec2:DescribeVolumes', () => paginateDescribeVolumes({ client: ec2, pageSize: 500 }, {}))
    : ({ kind: 'ok', value: [] } as const);
  const volumeById = new Map<string, { encrypted: boolean; kmsKeyId?: string }>();
  if (volumes.kind === 'ok') for (const v of volumes.value.flatMap((p) => p.Volumes ?? [])) volumeById.set(v.VolumeId ?? '', { encrypted: v.Encrypted ?? false, ...(v.KmsKeyId ? { kmsKeyId: v.KmsKeyId } : {}) });
  for (const i of instances) {
    const id = i.InstanceId ?? '';
    const r = s.resource(ec2Instance.type, s.arn('ec2', `instance/${id}`), id, 'ec2:DescribeInstances');
    r.known('state', i.State?.Name).known('instanceType', i.InstanceType).known('imageId', i.ImageId).known('vpcId', i.VpcId).known('subnetId', i.SubnetId);
    r.known('publicIp', i.PublicIpAddress);
    // Groups of the instance are those of its interfaces; some answers list them only there.
    const groupIds = [...new Set([...(i.SecurityGroups ?? []), ...(i.NetworkInterfaces ?? []).flatMap((n) => n.Groups ?? [])].map((g) => g.GroupId ?? '').filter((g) => g))].sort();
    r.known('securityGroupIds', groupIds);
    r.known('iamInstanceProfileArn', i.IamInstanceProfile?.Arn);
    const md = i.MetadataOptions;
    if (md) {
      const opts: Record<string, JsonValue> = {};
      if (md.HttpTokens) opts.httpTokens = md.HttpTokens;
      if (md.HttpEndpoint) opts.httpEndpoint = md.HttpEndpoint;
      if (md.HttpPutResponseHopLimit !== undefined) opts.httpPutResponseHopLimit = md.HttpPutResponseHopLimit;
      r.known('metadataOptions', opts);
    } else r.absent('metadataOptions');
    r.known('monitoring', i.Monitoring?.State === 'enabled' || i.Monitoring?.State === 'pending').known('ebsOptimized', i.EbsOptimized ?? false);
    r.op('ec2:DescribeVolumes');
    r.known(
      'blockDevices',
      (i.BlockDeviceMappings ?? []).map((b) => {
        const out: Record<string, JsonValue> = { deviceName: b.DeviceName ?? '', root: b.DeviceName === i.RootDeviceName };
        const vol = volumeById.get(b.Ebs?.VolumeId ?? '');
        if (vol) {
          out.encrypted = vol.encrypted;
          if (vol.kmsKeyId) out.kmsKeyId = vol.kmsKeyId;
        } else if (volumes.kind === 'error') out.encrypted = { $unknown: volumes.cause } as unknown as JsonValue;
        return out;
      }),
    );
    r.unknown('userData', USER_DATA_NOT_COLLECTED);
    for (const g of groupIds) r.rel('member-of', s.arn('ec2', `security-group/${g}`));
    r.tags(tagMap(i.Tags));
    s.emit(r);
  }
}

async function collectRegionSettings(s: Scope, ec2: EC2Client): Promise<void> {
  const r = s.resource(ec2RegionSettings.type, s.arn('ec2', 'region-settings'), `ec2 settings ${s.region}`, 'ec2:GetEbsEncryptionByDefault');
  const enc = await s.call('ec2:GetEbsEncryptionByDefault', () => ec2.send(new GetEbsEncryptionByDefaultCommand({})));
  r.from('ec2:GetEbsEncryptionByDefault', enc, (v) => ({ ebsEncryptionByDefault: v.EbsEncryptionByDefault ?? false }), ['ebsEncryptionByDefault']);
  s.emit(r);
}

async function collectSnapshots(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeSnapshots', () => paginateDescribeSnapshots({ client: ec2, pageSize: 1000 }, { OwnerIds: ['self'] }));
  if (listed.kind !== 'ok') {
    s.unlisted(ebsSnapshot, s.arn('ec2', 'snapshot/*'), listed);
    return;
  }
  const snaps = listed.value.flatMap((p) => p.Snapshots ?? []);
  await mapLimit(snaps, 8, async (snap) => {
    const id = snap.SnapshotId ?? '';
    const r = s.resource(ebsSnapshot.type, s.arn('ec2', `snapshot/${id}`), id, 'ec2:DescribeSnapshots');
    r.known('volumeId', snap.VolumeId).known('encrypted', snap.Encrypted ?? false).known('kmsKeyId', snap.KmsKeyId);
    const perm = await s.call('ec2:DescribeSnapshotAttribute', () => ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' })));
    r.from('ec2:DescribeSnapshotAttribute', perm, (v) => {
      const perms = v.CreateVolumePermissions ?? [];
      return {
        public: perms.some((p) => p.Group === 'all'),
        sharedWithAccounts: perms.map((p) => p.UserId).filter((u): u is string => !!u).sort(),
      };
    }, ['public', 'sharedWithAccounts']);
    r.tags(tagMap(snap.Tags));
    s.emit(r);
  });
}

async function collectVpcs(s: Scope, ec2: EC2Client): Promise<void> {
  const [vpcs, flows] = await Promise.all([
    s.all('ec2:DescribeVpcs', () => paginateDescribeVpcs({ client: ec2, pageSize: 1000 }, {})),
    s.all('ec2:DescribeFlowLogs', () => paginateDescribeFlowLogs({ client: ec2, pageSize: 1000 }, {})),
  ]);
  if (vpcs.kind !== 'ok') {
    s.unlisted(vpc, s.arn('ec2', 'vpc/*'), vpcs);
    return;
  }
  const byResource = new Map<string, FlowLog[]>();
  if (flows.kind === 'ok') {
    for (const f of flows.value.flatMap((p) => p.FlowLogs ?? [])) {
      const list = byResource.get(f.ResourceId ?? '') ?? [];
      list.push(f);
      byResource.set(f.ResourceId ?? '', list);
    }
  }
  for (const v of vpcs.value.flatMap((p) => p.Vpcs ?? [])) {
    const id = v.VpcId ?? '';
    const r = s.resource(vpc.type, s.arn('ec2', `vpc/${id}`, s.region, v.OwnerId ?? s.account), id, 'ec2:DescribeVpcs');
    r.known('cidrBlock', v.CidrBlock).known('isDefault', v.IsDefault ?? false);
    r.op('ec2:DescribeFlowLogs');
    if (flows.kind === 'error') r.unknown('flowLogs', flows.cause);
    else {
      r.known(
        'flowLogs',
        (byResource.get(id) ?? [])
          .map((f) => {
            const out: Record<string, JsonValue> = { id: f.FlowLogId ?? '' };
            if (f.TrafficType) out.trafficType = f.TrafficType;
            if (f.FlowLogStatus) out.status = f.FlowLogStatus;
            if (f.LogDestinationType) out.destinationType = f.LogDestinationType;
            const dest = f.LogDestination ?? f.LogGroupName;
            if (dest) out.destination = dest;
            return out;
          })
          .sort((a, b) => String(a.id).localeCompare(String(b.id))),
      );
    }
    r.tags(tagMap(v.Tags));
    s.emit(r);
  }
}
