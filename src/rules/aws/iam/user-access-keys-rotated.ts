import { defineRule } from '../../../core/index.js';
import { daysSince } from '../lib/policy-rules.js';
import { accessKeys, keyCreated } from './user-helpers.js';

export const MAX_KEY_AGE_DAYS = 90;

export default defineRule({
  meta: {
    id: 'aws-iam-user-access-keys-rotated',
    title: 'Active IAM access keys are younger than 90 days',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description: `Checks that every active access key of an IAM user was created less than ${MAX_KEY_AGE_DAYS} days ago (CIS AWS Foundations). Inactive keys are ignored. Live accounts only: key ages are not in infrastructure code.`,
    risk: 'Long-lived keys accumulate copies in scripts, CI settings and laptops; the older a key, the more likely it has leaked somewhere, and it keeps working until someone rotates it.',
    remediation: {
      text: 'Create a second key, move every consumer to it, deactivate the old key, watch for failures, then delete it. Better: replace user keys with roles and temporary credentials.',
      cli: 'aws iam create-access-key --user-name USER\naws iam update-access-key --user-name USER --access-key-id OLD_KEY_ID --status Inactive\naws iam delete-access-key --user-name USER --access-key-id OLD_KEY_ID',
      console: 'IAM > Users > user > Security credentials > Access keys > Create access key, then Actions > Deactivate / Delete on the old key',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Key ages are only known in a live account');
    const active = accessKeys(ctx).filter((k) => k.active);
    if (active.length === 0) return ctx.notApplicable('The user has no active access key');
    for (const k of active) {
      const created = keyCreated(ctx, k);
      if (created === undefined) continue;
      const age = daysSince(created, ctx.now.getTime());
      if (age > MAX_KEY_AGE_DAYS) return ctx.fail(`Access key ${k.id} is ${age} days old; rotate keys at least every ${MAX_KEY_AGE_DAYS} days`, `accessKeys.${k.index}.createdAt`);
    }
    return ctx.pass(`${active.length === 1 ? 'The active key is' : `All ${active.length} active keys are`} younger than ${MAX_KEY_AGE_DAYS} days`, 'accessKeys');
  },
});
