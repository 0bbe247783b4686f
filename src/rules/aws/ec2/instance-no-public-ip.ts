import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-no-public-ip',
    title: 'EC2 instances do not have a public IPv4 address',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.instance'],
    description:
      'For running infrastructure, checks that the instance has no public IPv4 address; in code, that it does not request one ' +
      '(associate_public_ip_address / AssociatePublicIpAddress). Instances serving the internet belong behind a load balancer, ' +
      'so a public address on the instance itself is usually an accident.',
    risk: 'A public address makes every port a security group lets through reachable from the internet, directly, without the logging and TLS termination of a load balancer.',
    remediation: {
      text: 'Launch instances in private subnets without public addresses and publish services through a load balancer or API gateway; reach instances with Session Manager.',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  associate_public_ip_address = false\n}',
      cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    NetworkInterfaces:\n      - DeviceIndex: "0"\n        SubnetId: !Ref PrivateSubnet\n        AssociatePublicIpAddress: false',
      console: 'EC2 > Instances > Launch instance > Network settings > Auto-assign public IP: Disable (existing instances: move the workload to an instance in a private subnet)',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind === 'iac') {
      if (ctx.bool('associatePublicIpAddress')) return ctx.fail('The instance requests a public IPv4 address', 'associatePublicIpAddress');
      return ctx.pass('The instance does not request a public IPv4 address', 'associatePublicIpAddress');
    }
    const ip = ctx.string('publicIp');
    if (ip) return ctx.fail(`The instance has the public IPv4 address ${ip}`, 'publicIp');
    return ctx.pass('The instance has no public IPv4 address', 'publicIp');
  },
});
