import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const kmsKey = defineResourceType({
  type: 'aws.kms.key',
  provider: 'aws',
  service: 'kms',
  description: 'A KMS key with its rotation status and key policy.',
  aliases: ['aws_kms_key', 'AWS::KMS::Key', 'kms_key'],
  attributes: {
    keyManager: a.enum(['AWS', 'CUSTOMER'] as const, 'Who manages the key'),
    keyState: a.string('Enabled, Disabled, PendingDeletion, ...'),
    keySpec: a.string('SYMMETRIC_DEFAULT, RSA_2048, ...'),
    keyUsage: a.string('ENCRYPT_DECRYPT, SIGN_VERIFY, ...'),
    description: a.string('Key description'),
    multiRegion: a.bool('Multi-Region key', { default: false }),
    rotationEnabled: a.bool('Automatic rotation of the key material is on', {
      default: false,
      defaultNote: 'Customer managed keys do not rotate unless rotation is enabled',
    }),
    rotationPeriodDays: a.int('Days between automatic rotations'),
    policy: a.json('Key policy document (parsed JSON)'),
  },
});
