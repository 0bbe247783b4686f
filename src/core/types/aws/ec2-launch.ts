import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

/** One block device of an instance, launch template or launch configuration. */
export const blockDevice = a.object(
  {
    deviceName: a.string('Device name, e.g. /dev/xvda'),
    root: a.bool('The root device'),
    encrypted: a.bool('The EBS volume is encrypted', {
      default: false,
      defaultNote: 'Unencrypted unless requested, the AMI snapshot is encrypted, or EBS encryption by default is on in the region',
    }),
    kmsKeyId: a.string('KMS key of the volume'),
    virtualName: a.string('Instance store name (ephemeral0): not an EBS volume'),
  },
  'One block device mapping',
);

const metadataOptions = a.object(
  {
    httpTokens: a.enum(['optional', 'required'] as const, "IMDSv2: 'required' rejects IMDSv1 requests", {
      default: 'optional',
      defaultNote: 'Without an explicit setting (and no account or AMI default), instances accept IMDSv1',
    }),
    httpEndpoint: a.enum(['enabled', 'disabled'] as const, 'The metadata service is reachable', { default: 'enabled' }),
    httpPutResponseHopLimit: a.int('Hop limit of PUT responses', { default: 1 }),
  },
  'Instance metadata service options applied to launched instances',
);

const launchAttributes = {
  imageId: a.string('AMI launched'),
  instanceType: a.string('Instance type'),
  metadataOptions,
  userData: a.string('User data, decoded to text', { default: null, defaultNote: 'No user data unless given' }),
  blockDevices: a.list(blockDevice, 'Block device mappings', { default: [] }),
  associatePublicIpAddress: a.bool('Launched instances get a public IPv4 address', {
    default: null,
    defaultNote: 'Unset: the subnet setting (MapPublicIpOnLaunch) decides',
  }),
};

export const launchTemplate = defineResourceType({
  type: 'aws.ec2.launch-template',
  provider: 'aws',
  service: 'ec2',
  description: 'An EC2 launch template (its default version): metadata options, user data, block devices and network settings.',
  aliases: ['aws_launch_template', 'AWS::EC2::LaunchTemplate', 'launch_template'],
  attributes: { ...launchAttributes, versionNumber: a.int('Version judged (the default version)') },
});

export const launchConfiguration = defineResourceType({
  type: 'aws.autoscaling.launch-configuration',
  provider: 'aws',
  service: 'autoscaling',
  description: 'An Auto Scaling launch configuration: metadata options, user data, block devices and public addressing.',
  aliases: ['aws_launch_configuration', 'AWS::AutoScaling::LaunchConfiguration', 'launch_configuration'],
  attributes: launchAttributes,
});

export const machineImage = defineResourceType({
  type: 'aws.ec2.image',
  provider: 'aws',
  service: 'ec2',
  description: 'An AMI owned by the account and who may launch it.',
  aliases: ['aws_ami', 'ami', 'image'],
  attributes: {
    public: a.bool('Launch permission is granted to everyone', { default: false }),
    sharedWithAccounts: a.list(a.string('account id'), 'Accounts allowed to launch it', { default: [] }),
    state: a.string('available, pending, ...'),
    blockDevices: a.list(blockDevice, 'Block device mappings of the image', { default: [] }),
  },
});
