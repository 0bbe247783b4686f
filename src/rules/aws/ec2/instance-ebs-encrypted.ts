import { defineRule } from '../../../core/index.js';
import { checkBlockDevices } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-ebs-encrypted',
    title: 'EC2 instance EBS volumes are encrypted',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.instance'],
    description:
      'Checks each EBS block device of the instance for encryption. A device that does not say is judged encrypted only when EBS ' +
      'encryption by default is on for the region in the same scan; instance store volumes are skipped.',
    risk: 'Unencrypted volumes and the snapshots taken from them can be read by anyone who gets them shared or copied, and fall short of most compliance baselines. Encryption with KMS costs nothing noticeable in performance.',
    remediation: {
      text: 'Encrypt the volumes (snapshot, copy the snapshot with encryption, replace the volume) and turn on EBS encryption by default so new volumes are always encrypted.',
      cli: 'aws ec2 enable-ebs-encryption-by-default',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  root_block_device {\n    encrypted = true\n  }\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = true\n  }\n}',
      cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    BlockDeviceMappings:\n      - DeviceName: /dev/xvda\n        Ebs:\n          Encrypted: true',
      console: 'EC2 > Elastic Block Store > Snapshots > snapshot of the volume > Copy snapshot > Encrypt this snapshot; create a volume from it and swap it in',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkBlockDevices(ctx, 'instance'),
});
