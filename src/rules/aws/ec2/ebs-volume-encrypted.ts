import { defineRule } from '../../../core/index.js';
import { detail, detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-ebs-volume-encrypted',
    title: 'EBS volumes are encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.volume'],
    description:
      'Checks that the EBS volume is encrypted. Encryption covers the data at rest, the traffic between the volume and the ' +
      'instance, and every snapshot taken from the volume. In infrastructure code a volume that does not ask for encryption ' +
      'fails, because whether the region encrypts new volumes by default is an account setting the code cannot see.',
    risk:
      'An unencrypted volume, and every snapshot of it, holds its data in readable form: a snapshot shared by mistake or ' +
      'copied to another account hands over the whole disk, with no key to revoke.',
    remediation: {
      text:
        'An existing volume cannot be encrypted in place: snapshot it, copy the snapshot with encryption on, create a new ' +
        'volume from the copy and swap it in. Turn on EBS encryption by default in every region so new volumes are always encrypted.',
      cli:
        'aws ec2 enable-ebs-encryption-by-default --region REGION\n' +
        'aws ec2 create-snapshot --volume-id VOLUME_ID\n' +
        'aws ec2 copy-snapshot --source-region REGION --source-snapshot-id SNAPSHOT_ID --encrypted --kms-key-id KEY_ARN',
      terraform:
        'resource "aws_ebs_volume" "this" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n  encrypted         = true\n  kms_key_id        = aws_kms_key.ebs.arn\n}\n\nresource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
      cloudformation: 'Type: AWS::EC2::Volume\nProperties:\n  AvailabilityZone: eu-west-1a\n  Size: 100\n  Encrypted: true\n  KmsKeyId: !Ref EbsKey',
      console:
        'EC2 > Settings (Data protection and security) > EBS encryption > Manage > Enable; then for the volume: Actions > Create snapshot, ' +
        'Snapshots > Copy snapshot with "Encrypt this snapshot" ticked, and create a volume from the copy',
    },
    references: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('encrypted')) {
      const key = detailString(ctx, 'kmsKeyId');
      return ctx.pass(`The volume is encrypted${key ? ` with key ${key}` : ''}`, 'encrypted');
    }
    const attached = detail(ctx, 'attachedInstances');
    const where = Array.isArray(attached) && attached.length ? ` (attached to ${attached.join(', ')})` : '';
    return ctx.fail(`The volume${where} is not encrypted: its data and every snapshot of it are stored unencrypted`, 'encrypted');
  },
});
