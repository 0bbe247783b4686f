import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-kms-key-not-pending-deletion',
    title: 'Customer managed KMS keys are not scheduled for deletion',
    severity: 'medium',
    provider: 'aws',
    service: 'kms',
    resourceTypes: ['aws.kms.key'],
    description:
      'Checks that no customer managed key is in the PendingDeletion state, so that a deletion is noticed while it can still be cancelled. ' +
      'Live accounts only.',
    risk: 'Once the waiting period ends the key is gone for good and every ciphertext it protects (volumes, snapshots, backups, secrets) can never be decrypted again.',
    remediation: {
      text: 'Confirm the key is truly unused (CloudTrail Decrypt/Encrypt events, grants, aliases). If in doubt, cancel the deletion and disable the key instead.',
      cli: 'aws kms cancel-key-deletion --key-id KEY_ID\naws kms disable-key --key-id KEY_ID',
      console: 'KMS > Customer managed keys > key > Key actions > Cancel key deletion',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-determining-usage.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Key state is only known for scanned accounts');
    if (ctx.string('keyManager') === 'AWS') return ctx.notApplicable('AWS managed keys are not deleted by customers');
    const state = ctx.string('keyState');
    if (state === 'PendingDeletion' || state === 'PendingReplicaDeletion') return ctx.fail(`The key is scheduled for deletion (${state})`, 'keyState');
    return ctx.pass(`The key is ${state ?? 'not scheduled for deletion'}`, 'keyState');
  },
});
