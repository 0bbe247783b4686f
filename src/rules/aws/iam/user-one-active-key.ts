import { defineRule } from '../../../core/index.js';
import { accessKeys } from './user-helpers.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-one-active-key',
    title: 'IAM users have at most one active access key',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description: 'Checks that no IAM user has two active access keys at the same time (CIS AWS Foundations). Two keys are only needed briefly while rotating. Live accounts only.',
    risk: 'A second active key doubles the credentials that can leak and usually means a rotation was started and never finished, leaving an old key working.',
    remediation: {
      text: 'Find which key is still in use (last used date), move everything to it, then deactivate and delete the other one.',
      cli: 'aws iam list-access-keys --user-name USER\naws iam get-access-key-last-used --access-key-id KEY_ID\naws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
      console: 'IAM > Users > user > Security credentials > Access keys > Actions > Deactivate',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Access keys are only known in a live account');
    const active = accessKeys(ctx).filter((k) => k.active);
    if (active.length > 1) return ctx.fail(`The user has ${active.length} active access keys: ${active.map((k) => k.id).join(', ')}`, 'accessKeys');
    return ctx.pass(active.length === 1 ? 'The user has one active access key' : 'The user has no active access key', 'accessKeys');
  },
});
