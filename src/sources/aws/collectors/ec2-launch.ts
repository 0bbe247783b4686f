import { DescribeImageAttributeCommand, DescribeLaunchTemplateVersionsCommand, EC2Client, paginateDescribeImages, paginateDescribeLaunchTemplates } from '@aws-sdk/client-ec2';
import type { Image, LaunchTemplate } from '@aws-sdk/client-ec2';
import type { JsonValue } from '../../../core/index.js';
import { launchTemplate, machineImage } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';
import { tagMap } from '../session.js';
import { mapLimit } from '../semaphore.js';
import { USER_DATA_NOT_COLLECTED } from './ec2-compute.js';

/** Images the account owns (and who may launch them) and launch templates (their default version). */
export const ec2LaunchCollector: Collector = {
  service: 'ec2',
  scope: 'regional',
  types: [machineImage.type, launchTemplate.type],
  actions: ['ec2:DescribeImageAttribute', 'ec2:DescribeImages', 'ec2:DescribeLaunchTemplateVersions', 'ec2:DescribeLaunchTemplates'],
  async collect(s) {
    const ec2 = s.client(EC2Client);
    await Promise.all([collectImages(s, ec2), collectLaunchTemplates(s, ec2)]);
  },
};

export interface DeviceLike {
  DeviceName?: string | undefined;
  VirtualName?: string | undefined;
  Ebs?: { Encrypted?: boolean | undefined; KmsKeyId?: string | undefined } | undefined;
}

/** Block device mappings as the type declares them; `encrypted` is left out when the mapping does not say. */
export function devices(list: readonly DeviceLike[], rootDeviceName: string | undefined): JsonValue[] {
  return list.map((b) => {
    const out: Record<string, JsonValue> = { deviceName: b.DeviceName ?? '' };
    if (rootDeviceName !== undefined) out.root = b.DeviceName === rootDeviceName;
    if (b.VirtualName) out.virtualName = b.VirtualName;
    if (b.Ebs?.Encrypted !== undefined) out.encrypted = b.Ebs.Encrypted;
    if (b.Ebs?.KmsKeyId) out.kmsKeyId = b.Ebs.KmsKeyId;
    return out;
  });
}

async function collectImages(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeImages', () => paginateDescribeImages({ client: ec2, pageSize: 1000 }, { Owners: ['self'] }));
  if (listed.kind !== 'ok') {
    s.unlisted(machineImage, s.arn('ec2', 'image/*'), listed);
    return;
  }
  await mapLimit(listed.value.flatMap((p) => p.Images ?? []), 8, (img) => collectImage(s, ec2, img));
}

async function collectImage(s: Scope, ec2: EC2Client, img: Image): Promise<void> {
  const id = img.ImageId ?? '';
  const r = s.resource(machineImage.type, s.arn('ec2', `image/${id}`), img.Name ?? id, 'ec2:DescribeImages');
  r.known('state', img.State).known('blockDevices', devices(img.BlockDeviceMappings ?? [], img.RootDeviceName));
  const perm = await s.call('ec2:DescribeImageAttribute', () => ec2.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })));
  r.from('ec2:DescribeImageAttribute', perm, (v) => {
    const perms = v.LaunchPermissions ?? [];
    return {
      public: perms.some((p) => p.Group === 'all'),
      sharedWithAccounts: [...new Set(perms.map((p) => p.UserId).filter((u): u is string => !!u))].sort(),
    };
  }, ['public', 'sharedWithAccounts']);
  r.tags(tagMap(img.Tags));
  s.emit(r);
}

const VERSION_ATTRIBUTES = ['imageId', 'instanceType', 'metadataOptions', 'blockDevices', 'associatePublicIpAddress', 'versionNumber'] as const;

async function collectLaunchTemplates(s: Scope, ec2: EC2Client): Promise<void> {
  const listed = await s.all('ec2:DescribeLaunchTemplates', () => paginateDescribeLaunchTemplates({ client: ec2, pageSize: 200 }, {}));
  if (listed.kind !== 'ok') {
    s.unlisted(launchTemplate, s.arn('ec2', 'launch-template/*'), listed);
    return;
  }
  await mapLimit(listed.value.flatMap((p) => p.LaunchTemplates ?? []), 8, (lt) => collectLaunchTemplate(s, ec2, lt));
}

async function collectLaunchTemplate(s: Scope, ec2: EC2Client, lt: LaunchTemplate): Promise<void> {
  const id = lt.LaunchTemplateId ?? '';
  const r = s.resource(launchTemplate.type, s.arn('ec2', `launch-template/${id}`), lt.LaunchTemplateName ?? id, 'ec2:DescribeLaunchTemplates');
  const version = await s.call('ec2:DescribeLaunchTemplateVersions', () => ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Default'] })));
  r.from('ec2:DescribeLaunchTemplateVersions', version, (v) => {
    const ver = v.LaunchTemplateVersions?.[0];
    const data = ver?.LaunchTemplateData;
    const md = data?.MetadataOptions;
    let metadataOptions: Record<string, JsonValue> | undefined;
    if (md) {
      metadataOptions = {};
      if (md.HttpTokens) metadataOptions.httpTokens = md.HttpTokens;
      if (md.HttpEndpoint) metadataOptions.httpEndpoint = md.HttpEndpoint;
      if (md.HttpPutResponseHopLimit !== undefined) metadataOptions.httpPutResponseHopLimit = md.HttpPutResponseHopLimit;
    }
    const publicIps = (data?.NetworkInterfaces ?? []).map((n) => n.AssociatePublicIpAddress).filter((x): x is boolean => x !== undefined);
    return {
      versionNumber: ver?.VersionNumber ?? lt.DefaultVersionNumber,
      imageId: data?.ImageId,
      instanceType: data?.InstanceType,
      metadataOptions,
      blockDevices: devices(data?.BlockDeviceMappings ?? [], undefined),
      associatePublicIpAddress: publicIps.length ? publicIps.some((x) => x) : undefined,
    };
  }, VERSION_ATTRIBUTES);
  r.unknown('userData', USER_DATA_NOT_COLLECTED);
  r.tags(tagMap(lt.Tags));
  s.emit(r);
}
