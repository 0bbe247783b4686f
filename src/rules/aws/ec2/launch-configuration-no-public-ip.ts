import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-configuration-no-public-ip',
    title: 'Launch configurations do not give instances public IP addresses',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.autoscaling.launch-configuration'],
    description: 'Checks that the Auto Scaling launch configuration does not set AssociatePublicIpAddress, which gives every instance of the group a public IPv4 address.',
    risk: 'Every instance the group launches becomes directly reachable from the internet on whatever ports its security groups allow, multiplying the exposure with the group size.',
    remediation: {
      text: 'Create a replacement launch configuration (or launch template) without public addresses, run the group in private subnets and publish through a load balancer.',
      cli: 'aws autoscaling create-launch-configuration --launch-configuration-name app-v2 --image-id AMI_ID --instance-type t3.micro --no-associate-public-ip-address',
      terraform: 'resource "aws_launch_configuration" "app" {\n  # ...\n  associate_public_ip_address = false\n}',
      cloudformation: 'LaunchConfig:\n  Type: AWS::AutoScaling::LaunchConfiguration\n  Properties:\n    AssociatePublicIpAddress: false',
      console: 'EC2 > Auto Scaling > Launch configurations > Copy to launch template > Network settings: no public IP; then switch the group to the template',
    },
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('associatePublicIpAddress')) return ctx.fail('Instances launched from this configuration get a public IPv4 address', 'associatePublicIpAddress');
    return ctx.pass('The launch configuration does not request public IPv4 addresses', 'associatePublicIpAddress');
  },
});
