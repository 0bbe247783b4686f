import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

/** One permission of a security group, flattened to a single source or destination. */
const sgRule = a.object(
  {
    protocol: a.string("IP protocol: 'tcp', 'udp', 'icmp', 'icmpv6' or '-1' for all"),
    fromPort: a.int('First port of the range (-1 or absent for all)'),
    toPort: a.int('Last port of the range (-1 or absent for all)'),
    peerKind: a.enum(['cidr-ipv4', 'cidr-ipv6', 'security-group', 'prefix-list'] as const, 'What the peer is'),
    peer: a.string('CIDR block, security group id or prefix list id'),
    description: a.string('Rule description'),
  },
  'One security group rule with a single peer',
);

export const securityGroup = defineResourceType({
  type: 'aws.ec2.security-group',
  provider: 'aws',
  service: 'ec2',
  description: 'A VPC security group with its ingress and egress rules, one entry per peer.',
  aliases: ['aws_security_group', 'AWS::EC2::SecurityGroup', 'security_group'],
  attributes: {
    groupName: a.string('Group name'),
    description: a.string('Group description'),
    vpcId: a.string('VPC the group belongs to'),
    ingress: a.list(sgRule, 'Inbound rules', { default: [], defaultNote: 'A new group allows no inbound traffic' }),
    egress: a.list(sgRule, 'Outbound rules', {
      default: [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }],
      defaultNote: 'AWS adds an allow-all outbound rule to every new group',
    }),
    attachedEnis: a.int('Number of network interfaces using the group (live only)'),
  },
});

export const ebsVolume = defineResourceType({
  type: 'aws.ec2.volume',
  provider: 'aws',
  service: 'ec2',
  description: 'An EBS volume.',
  aliases: ['aws_ebs_volume', 'AWS::EC2::Volume', 'ebs_volume'],
  attributes: {
    encrypted: a.bool('The volume is encrypted at rest', {
      default: false,
      defaultNote: 'Unencrypted unless encryption is requested or EBS encryption by default is on in the region',
    }),
    kmsKeyId: a.string('KMS key protecting the volume'),
    sizeGiB: a.int('Size in GiB'),
    volumeType: a.string('gp3, io2, ...'),
    state: a.string('available, in-use, ...'),
    attachedInstances: a.list(a.string('instance id'), 'Instances the volume is attached to', { default: [] }),
  },
});
