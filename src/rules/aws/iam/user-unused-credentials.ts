import { defineRule } from '../../../core/index.js';
import { daysSince } from '../lib/policy-rules.js';
import { accessKeys, keyCreated, keyLastUsed } from './user-helpers.js';

export const UNUSED_DAYS = 45;

export default defineRule({
  meta: {
    id: 'aws-iam-user-unused-credentials',
    title: 'IAM user credentials unused for 45 days are disabled',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description:
      `Checks that an IAM user has no console password and no active access key that has gone unused for ${UNUSED_DAYS} days or more ` +
      '(counting from creation when it was never used) (CIS AWS Foundations). Live accounts only.',
    risk: 'Credentials nobody uses are credentials nobody watches: when they leak, their use stands out to no one, and they usually belong to people or systems that have moved on.',
    remediation: {
      text: 'Remove the console password of users who no longer sign in and deactivate (then delete) access keys that are no longer used. Remove the user when it has no remaining purpose.',
      cli: 'aws iam delete-login-profile --user-name USER\naws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive',
      console: 'IAM > Users > user > Security credentials > Console sign-in > Manage > Disable; Access keys > Actions > Deactivate',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Credential use is only known in a live account');
    const stale: string[] = [];
    let path: string | undefined;
    if (ctx.bool('consoleAccess')) {
      const last = ctx.string('passwordLastUsed') ?? ctx.string('createdAt');
      if (last && daysSince(last, ctx.now.getTime()) >= UNUSED_DAYS) {
        stale.push(`console password unused for ${daysSince(last, ctx.now.getTime())} days`);
        path = 'passwordLastUsed';
      }
    }
    for (const k of accessKeys(ctx).filter((x) => x.active)) {
      const last = keyLastUsed(ctx, k) ?? keyCreated(ctx, k);
      if (last && daysSince(last, ctx.now.getTime()) >= UNUSED_DAYS) {
        stale.push(`access key ${k.id} unused for ${daysSince(last, ctx.now.getTime())} days`);
        path ??= `accessKeys.${k.index}.lastUsedAt`;
      }
    }
    if (stale.length) return ctx.fail(`Unused credentials are still enabled: ${stale.join('; ')}`, path);
    return ctx.pass(`Every enabled credential was used within the last ${UNUSED_DAYS} days`);
  },
});
