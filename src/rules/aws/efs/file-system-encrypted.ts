import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-efs-file-system-encrypted',
    title: 'EFS file systems are encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'efs',
    resourceTypes: ['aws.efs.file-system'],
    description:
      'Checks that the Elastic File System encrypts the data and metadata it stores with a KMS key.',
    risk:
      'Files on an unencrypted file system, and every backup taken of it, are stored in clear text and fall outside the access control and audit trail that a KMS key adds.',
    remediation: {
      text: 'Encryption at rest is chosen at creation: create an encrypted file system, copy the data with AWS DataSync, move the mount targets or access points over and delete the old one.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id KEY_ARN --performance-mode generalPurpose',
      terraform: 'resource "aws_efs_file_system" "this" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
      cloudformation: 'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true\n  KmsKeyId: !Ref FileSystemKey',
      console: 'EFS > Create file system > Customize > Encryption: Enable encryption of data at rest',
    },
    references: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const d = detailString(ctx, 'kmsKeyId');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('encrypted')) return ctx.pass(`The file system is encrypted at rest${about}`, 'encrypted');
    return ctx.fail(`The file system is not encrypted at rest${about}`, 'encrypted');
  },
});
