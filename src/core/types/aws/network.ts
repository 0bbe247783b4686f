import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

/** One numbered entry of a network ACL. */
const aclEntry = a.object(
  {
    ruleNumber: a.int('Evaluation order: lower numbers are evaluated first; 32767 is the implicit deny'),
    protocol: a.string("IP protocol: 'tcp', 'udp', 'icmp', 'icmpv6' or '-1' for all"),
    ruleAction: a.enum(['allow', 'deny'] as const, 'Whether matching traffic is allowed or denied'),
    cidrBlock: a.string('IPv4 CIDR of the entry'),
    ipv6CidrBlock: a.string('IPv6 CIDR of the entry'),
    fromPort: a.int('First port of the range (TCP and UDP only)'),
    toPort: a.int('Last port of the range (TCP and UDP only)'),
  },
  'One network ACL entry',
);

export const networkAcl = defineResourceType({
  type: 'aws.ec2.network-acl',
  provider: 'aws',
  service: 'ec2',
  description: 'A VPC network ACL with its numbered inbound and outbound entries (stateless subnet firewall).',
  aliases: ['aws_network_acl', 'aws_default_network_acl', 'AWS::EC2::NetworkAcl', 'network_acl'],
  attributes: {
    vpcId: a.string('VPC of the ACL'),
    isDefault: a.bool('The default ACL of its VPC', { default: false }),
    ingress: a.list(aclEntry, 'Inbound entries (custom ones; the final implicit deny is not listed)', {
      default: [],
      defaultNote: 'A new custom network ACL denies all inbound traffic until entries are added',
    }),
    egress: a.list(aclEntry, 'Outbound entries', { default: [], defaultNote: 'A new custom network ACL denies all outbound traffic' }),
    subnetIds: a.list(a.string('subnet id'), 'Subnets associated with the ACL', { default: [] }),
  },
});

export const subnet = defineResourceType({
  type: 'aws.ec2.subnet',
  provider: 'aws',
  service: 'ec2',
  description: 'A VPC subnet and whether it hands out public addresses at launch.',
  aliases: ['aws_subnet', 'AWS::EC2::Subnet', 'subnet'],
  attributes: {
    vpcId: a.string('VPC of the subnet'),
    cidrBlock: a.string('IPv4 CIDR'),
    availabilityZone: a.string('Availability zone'),
    mapPublicIpOnLaunch: a.bool('Instances launched here get a public IPv4 address by default', {
      default: false,
      defaultNote: 'False for subnets you create; true for the default subnets of a default VPC',
    }),
    defaultForAz: a.bool('A default subnet of the default VPC', { default: false }),
  },
});
