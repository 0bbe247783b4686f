import { defineRule } from '../../../core/index.js';
import { accessKeys, keyLastUsed } from './user-helpers.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-no-unused-initial-access-key',
    title: 'Console users have no active access key that was never used',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description:
      'Checks that IAM users with a console password do not hold an active access key that has never been used: such keys are typically created ' +
      'by default when the user is set up, without any need for programmatic access (CIS AWS Foundations). Live accounts only.',
    risk: 'A key created "just in case" is a standing credential nobody relies on and nobody watches; if it leaks, it gives API access with all of the user\'s permissions.',
    remediation: {
      text: 'Delete access keys the user has never used. Create keys only when the user actually needs programmatic access, and prefer IAM Identity Center or roles for that.',
      cli: 'aws iam delete-access-key --user-name USER --access-key-id KEY_ID',
      console: 'IAM > Users > user > Security credentials > Access keys > Actions > Delete',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Key use is only known in a live account');
    if (!ctx.bool('consoleAccess')) return ctx.notApplicable('The user has no console password');
    const unused = accessKeys(ctx).filter((k) => k.active && keyLastUsed(ctx, k) === undefined);
    if (unused.length) return ctx.fail(`Active access key ${unused.map((k) => k.id).join(', ')} has never been used`, `accessKeys.${unused[0]?.index ?? 0}.lastUsedAt`);
    return ctx.pass('Every active access key of this console user has been used', 'accessKeys');
  },
});
