import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-ebs-encryption-by-default',
    title: 'EBS encryption by default is enabled in every region',
    severity: 'medium',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.region-settings'],
    description:
      'Checks the per-region EBS encryption-by-default setting. With it on, every new volume and snapshot copy in the region is ' +
      'encrypted whatever the launch request says; it is off until enabled, region by region.',
    risk: 'Without the default, one template or console launch that forgets the encryption flag creates an unencrypted volume, and its snapshots can then be shared in readable form.',
    remediation: {
      text: 'Enable EBS encryption by default in every region (optionally with a customer managed default key). Existing volumes are not changed.',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region REGION',
      terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
      console: 'EC2 > Settings (Dashboard, Account attributes) > Data protection and security > EBS encryption > Manage > Enable > Update',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('ebsEncryptionByDefault')) return ctx.pass('New EBS volumes in this region are encrypted by default', 'ebsEncryptionByDefault');
    return ctx.fail('EBS encryption by default is off in this region', 'ebsEncryptionByDefault');
  },
});
