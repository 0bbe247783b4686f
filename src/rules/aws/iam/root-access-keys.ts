import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-access-keys',
    title: 'The root user has no access keys',
    severity: 'critical',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.account'],
    description:
      'Checks that the root user of the account has no access key, active or not. This can only be judged against a live ' +
      'account: root keys are never declared in infrastructure code, so code-based resources are not applicable.',
    risk:
      'A root access key carries unlimited power over the account that no IAM policy or permissions boundary can restrict. ' +
      'Keys end up in scripts, laptops and CI variables; once one leaks, the account and everything in it is lost.',
    remediation: {
      text:
        'Find out where the key is used (IAM credential report, CloudTrail), move that work to an IAM role or a user with ' +
        'only the permissions it needs, then deactivate and delete the root keys. Keep MFA on the root user.',
      console: 'Sign in as the root user > account menu > Security credentials > Access keys > Actions > Deactivate, then Delete',
      cli: '# Root keys can only be removed by the root user: sign in as root and use the console, or call\n# aws iam delete-access-key --access-key-id KEY_ID with the root credentials themselves',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    ],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Root access keys can only be seen in a live account');
    if (ctx.bool('rootAccessKeysPresent')) {
      return ctx.fail('The root user has at least one access key: delete it and use IAM roles instead', 'rootAccessKeysPresent');
    }
    return ctx.pass('The root user has no access keys', 'rootAccessKeysPresent');
  },
});
