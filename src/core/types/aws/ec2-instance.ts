import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';
import { blockDevice } from './ec2-launch.js';

export const ec2Instance = defineResourceType({
  type: 'aws.ec2.instance',
  provider: 'aws',
  service: 'ec2',
  description: 'An EC2 instance: metadata service settings, public address, instance profile and network placement.',
  aliases: ['aws_instance', 'AWS::EC2::Instance', 'ec2_instance'],
  attributes: {
    state: a.string('pending, running, stopped, ...'),
    instanceType: a.string('Instance type, e.g. t3.micro'),
    imageId: a.string('AMI the instance was launched from'),
    vpcId: a.string('VPC of the primary interface'),
    subnetId: a.string('Subnet of the primary interface'),
    publicIp: a.string('Public IPv4 address, if any'),
    securityGroupIds: a.list(a.string('security group id'), 'Security groups of the instance', { default: [] }),
    iamInstanceProfileArn: a.string('Instance profile ARN'),
    metadataOptions: a.object(
      {
        httpTokens: a.enum(['optional', 'required'] as const, "IMDSv2: 'required' rejects IMDSv1 requests", {
          default: 'optional',
          defaultNote: 'Without an explicit setting (and no account default), instances accept IMDSv1',
        }),
        httpEndpoint: a.enum(['enabled', 'disabled'] as const, 'The metadata service is reachable', { default: 'enabled' }),
        httpPutResponseHopLimit: a.int('Hop limit of PUT responses', { default: 1 }),
      },
      'Instance metadata service options',
    ),
    monitoring: a.bool('Detailed CloudWatch monitoring is on', { default: false }),
    ebsOptimized: a.bool('EBS optimised', { default: false }),
    userData: a.string('User data, decoded to text (DescribeInstanceAttribute userData)', { default: null, defaultNote: 'No user data unless given' }),
    blockDevices: a.list(blockDevice, 'Block devices with the encryption of their EBS volumes', { default: [] }),
    associatePublicIpAddress: a.bool('IaC: the primary interface requests a public IPv4 address', { default: null, defaultNote: 'Unset: the subnet setting (MapPublicIpOnLaunch) decides' }),
  },
});

export const ec2RegionSettings = defineResourceType({
  type: 'aws.ec2.region-settings',
  provider: 'aws',
  service: 'ec2',
  description: 'Region-wide EC2 settings of an account: EBS encryption by default.',
  aliases: ['aws_ebs_encryption_by_default'],
  attributes: {
    ebsEncryptionByDefault: a.bool('New EBS volumes are encrypted by default in this region', {
      default: false,
      defaultNote: 'EBS encryption by default is off until enabled per region',
    }),
  },
});

export const ebsSnapshot = defineResourceType({
  type: 'aws.ec2.snapshot',
  provider: 'aws',
  service: 'ec2',
  description: 'An EBS snapshot owned by the account, with who may create volumes from it.',
  aliases: ['aws_ebs_snapshot', 'AWS::EC2::Snapshot'],
  attributes: {
    volumeId: a.string('Volume the snapshot was taken from'),
    encrypted: a.bool('The snapshot is encrypted', { default: false }),
    kmsKeyId: a.string('KMS key of the snapshot'),
    public: a.bool("createVolumePermission grants the group 'all': anyone can copy the data", { default: false }),
    sharedWithAccounts: a.list(a.string('account id'), 'Accounts allowed to create volumes from it', { default: [] }),
  },
});

export const vpc = defineResourceType({
  type: 'aws.ec2.vpc',
  provider: 'aws',
  service: 'ec2',
  description: 'A VPC and the flow logs that capture its traffic.',
  aliases: ['aws_vpc', 'AWS::EC2::VPC'],
  attributes: {
    cidrBlock: a.string('Primary IPv4 CIDR'),
    isDefault: a.bool('The default VPC of the region', { default: false }),
    flowLogs: a.list(
      a.object(
        {
          id: a.string('Flow log id'),
          trafficType: a.enum(['ACCEPT', 'REJECT', 'ALL'] as const, 'Traffic captured'),
          status: a.string('ACTIVE when delivering'),
          destinationType: a.string('cloud-watch-logs, s3 or kinesis-data-firehose'),
          destination: a.string('Log group or bucket ARN'),
        },
        'One flow log',
      ),
      'Flow logs attached to the VPC',
      { default: [], defaultNote: 'No flow logs unless created' },
    ),
  },
});
