import { defineRule } from '../../../core/index.js';
import { checkBlockDevices } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-template-ebs-encrypted',
    title: 'Launch template EBS volumes are encrypted',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.launch-template'],
    description:
      'Checks each EBS block device mapping of the launch template (default version) for encryption; devices that do not say count ' +
      'as encrypted only when EBS encryption by default is on for the region in the same scan.',
    risk: 'Unencrypted volumes and the snapshots taken from them can be read by anyone who gets them shared or copied, and fall short of most compliance baselines. Encryption with KMS costs nothing noticeable in performance.',
    remediation: {
      text: 'Set Encrypted on every EBS mapping of a new template version, or turn on EBS encryption by default for the region.',
      cli: 'aws ec2 enable-ebs-encryption-by-default',
      terraform: 'resource "aws_launch_template" "app" {\n  # ...\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = true\n    }\n  }\n}',
      cloudformation: 'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            Encrypted: true',
      console: 'EC2 > Launch templates > template > Modify template (Create new version) > Storage > each EBS volume > Encrypted > Create',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkBlockDevices(ctx, 'launch template'),
});
