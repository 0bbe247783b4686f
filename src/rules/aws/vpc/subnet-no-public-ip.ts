import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-subnet-no-public-ip',
    title: 'Subnets do not assign public IP addresses at launch',
    severity: 'low',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.subnet'],
    description:
      'Checks MapPublicIpOnLaunch on the subnet. When it is on, every instance launched there gets a public IPv4 address unless the ' +
      'launch request says otherwise, so internet exposure becomes the default rather than a decision.',
    risk: 'Instances that were meant to be private become reachable from the internet as soon as a security group rule is too wide, and each public address is billed.',
    remediation: {
      text: 'Turn off automatic public addresses; give public addresses only to the instances (or load balancers) that need them.',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch',
      terraform: 'resource "aws_subnet" "app" {\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = "10.0.1.0/24"\n  map_public_ip_on_launch = false\n}',
      cloudformation: 'AppSubnet:\n  Type: AWS::EC2::Subnet\n  Properties:\n    VpcId: !Ref Vpc\n    CidrBlock: 10.0.1.0/24\n    MapPublicIpOnLaunch: false',
      console: 'VPC > Subnets > subnet > Actions > Edit subnet settings > clear Enable auto-assign public IPv4 address > Save',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('mapPublicIpOnLaunch')) return ctx.fail('Instances launched in the subnet get a public IPv4 address by default', 'mapPublicIpOnLaunch');
    return ctx.pass('The subnet does not assign public IPv4 addresses at launch', 'mapPublicIpOnLaunch');
  },
});
