import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-kms-key-rotation-enabled',
    title: 'Customer managed symmetric KMS keys rotate their key material',
    severity: 'medium',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    description:
      'Checks that automatic key rotation is on for customer managed symmetric encryption keys (CIS AWS Foundations). AWS managed keys ' +
      '(rotated by AWS), asymmetric and HMAC keys (which cannot rotate automatically) and keys that are disabled or pending deletion are not applicable.',
    risk:
      'Without rotation the same key material protects data for years, so any exposure of it, or cryptanalytic weakening, affects everything ' +
      'ever encrypted; many compliance regimes require periodic rotation.',
    remediation: {
      text: 'Enable automatic rotation on the key (yearly by default, or a period between 90 and 2560 days). Old material is kept, so existing data stays readable.',
      cli: 'aws kms enable-key-rotation --key-id KEY_ID --rotation-period-in-days 365',
      terraform: 'resource "aws_kms_key" "this" {\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
      cloudformation: 'Key:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true\n    RotationPeriodInDays: 365',
      console: 'KMS > Customer managed keys > key > Key rotation > Automatically rotate this KMS key > Save',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.string('keyManager') === 'AWS') return ctx.notApplicable('AWS managed keys are rotated by AWS');
    const spec = ctx.string('keySpec') ?? 'SYMMETRIC_DEFAULT';
    const usage = ctx.string('keyUsage') ?? 'ENCRYPT_DECRYPT';
    if (spec !== 'SYMMETRIC_DEFAULT' || usage !== 'ENCRYPT_DECRYPT') return ctx.notApplicable(`Automatic rotation does not apply to ${spec} keys used for ${usage}`);
    const state = ctx.string('keyState');
    if (state && state !== 'Enabled') return ctx.notApplicable(`The key is ${state}`);
    if (ctx.bool('rotationEnabled')) return ctx.pass('Automatic rotation is on', 'rotationEnabled');
    return ctx.fail('Automatic rotation of the key material is off', 'rotationEnabled');
  },
});
