import { defineRule } from '../../../core/index.js';
import { checkBlockDevices } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-configuration-ebs-encrypted',
    title: 'Launch configuration EBS volumes are encrypted',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.autoscaling.launch-configuration'],
    description:
      'Checks the root and additional EBS block devices of the launch configuration for encryption; devices that do not say count ' +
      'as encrypted only when EBS encryption by default is on for the region in the same scan.',
    risk: 'Unencrypted volumes and the snapshots taken from them can be read by anyone who gets them shared or copied, and fall short of most compliance baselines. Encryption with KMS costs nothing noticeable in performance.',
    remediation: {
      text: 'Create a replacement launch configuration (or a launch template) with encrypted volumes, or turn on EBS encryption by default.',
      cli: 'aws ec2 enable-ebs-encryption-by-default',
      terraform: 'resource "aws_launch_configuration" "app" {\n  # ...\n  root_block_device {\n    encrypted = true\n  }\n}',
      cloudformation: 'LaunchConfig:\n  Type: AWS::AutoScaling::LaunchConfiguration\n  Properties:\n    BlockDeviceMappings:\n      - DeviceName: /dev/xvda\n        Ebs:\n          Encrypted: true',
      console: 'EC2 > Auto Scaling > Launch configurations > Copy to launch template > Storage > Encrypted; then switch the group to the template',
    },
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkBlockDevices(ctx, 'launch configuration'),
});
