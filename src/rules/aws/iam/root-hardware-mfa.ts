import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-hardware-mfa',
    title: 'The root user uses a hardware MFA device',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.account'],
    description:
      'Checks that the root user\'s MFA is a hardware device (a security key or hardware token) rather than a virtual authenticator app. ' +
      'An account whose root user has no MFA at all fails as well. Live accounts only.',
    risk:
      'A virtual MFA seed lives on a phone or laptop that can be lost, backed up to the cloud or compromised; for the one identity that ' +
      'cannot be restricted, a dedicated hardware device kept offline is much harder to steal or copy.',
    remediation: {
      text: 'Sign in as the root user, register a FIDO2 security key or hardware TOTP token, then remove the virtual device.',
      console: 'Sign in as the root user > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device > Passkey or security key / Hardware TOTP token',
      cli: '# Root MFA devices are managed while signed in as root, in the console',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('The root user can only be seen in a live account');
    if (!ctx.bool('rootMfaEnabled')) return ctx.fail('The root user has no MFA device at all', 'rootMfaEnabled');
    if (ctx.bool('rootHardwareMfa')) return ctx.pass('The root user signs in with a hardware MFA device', 'rootHardwareMfa');
    return ctx.fail('The root user\'s MFA is a virtual device; use a hardware security key', 'rootHardwareMfa');
  },
});
