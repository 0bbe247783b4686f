import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-ecr-repository-customer-key',
    title: 'ECR repositories are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'ecr',
    resourceTypes: ['aws.ecr.repository'],
    description:
      'Checks that images in the repository are encrypted with a customer managed KMS key rather than the default AES-256 encryption or the AWS managed key aws/ecr.',
    risk:
      'Without a customer managed key, who may pull and decrypt image layers cannot be limited or audited through a key policy, and access cannot be cut off by disabling the key.',
    remediation: {
      text: 'Encryption settings are fixed at creation: create a repository with KMS encryption and a customer managed key, push the images to it and retire the old repository.',
      cli: 'aws ecr create-repository --repository-name REPO --encryption-configuration encryptionType=KMS,kmsKey=KEY_ARN',
      terraform: 'resource "aws_ecr_repository" "this" {\n  # ...\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}',
      cloudformation: 'Type: AWS::ECR::Repository\nProperties:\n  EncryptionConfiguration:\n    EncryptionType: KMS\n    KmsKey: !GetAtt RegistryKey.Arn',
      console: 'ECR > Create repository > Encryption settings > KMS > Customize encryption settings > choose your key',
    },
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const type = ctx.string('encryptionType');
    if (type === 'AES256') return ctx.fail('Images are encrypted with S3 managed AES-256 keys, not a KMS key', 'encryptionType');
    const key = judgeKey(ctx, 'kmsKey');
    if (key.kind === 'none') return ctx.fail('Images are encrypted with the AWS managed key aws/ecr', 'kmsKey');
    if (key.kind === 'aws-managed') return ctx.fail(`Images are encrypted with the AWS managed key ${key.key}`, 'kmsKey');
    return ctx.pass(`Images are encrypted with customer managed key ${key.key}`, 'kmsKey');
  },
});
