import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-mfa-enabled',
    title: 'The root user signs in with MFA',
    severity: 'critical',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.account'],
    description:
      'Checks that the root user of the account has an MFA device. Only a live account can show this: infrastructure code never ' +
      'describes the root user, so code-based account resources are not applicable.',
    risk:
      'The root user can do anything in the account, including closing it and changing its contact details, and no policy restricts it. ' +
      'With only a password between an attacker and root, a phished or reused password means the loss of the whole account.',
    remediation: {
      text: 'Sign in as the root user and register an MFA device, ideally a FIDO2 security key kept in a safe place; register a second device as a backup.',
      console: 'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
      cli: '# MFA for the root user is assigned while signed in as root, in the console',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('The root user can only be seen in a live account');
    if (ctx.bool('rootMfaEnabled')) return ctx.pass('The root user has MFA enabled', 'rootMfaEnabled');
    return ctx.fail('The root user has no MFA device: a password alone protects the whole account', 'rootMfaEnabled');
  },
});
