import { UnknownEvidenceError, defineRule, isJsonObject, isUnknownMarker } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-hardware-mfa',
    title: 'IAM users who sign in to the console use phishing-resistant MFA',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description:
      'Checks that IAM users with a console password have at least one hardware MFA device or passkey (FIDO2 security key), not only a ' +
      'virtual authenticator app. Users without a console password are not applicable; users without any MFA fail here and in the console MFA rule. Live accounts only.',
    risk: 'One-time codes from an authenticator app can be phished in real time by a fake sign-in page; FIDO2 keys and passkeys are bound to the real AWS domain and cannot be relayed.',
    remediation: {
      text: 'Have the user register a passkey or security key, then remove the virtual device; enforce it with a policy condition on aws:MultiFactorAuthPresent and, better, move people to IAM Identity Center.',
      cli: '# Passkeys and security keys are registered in the console by the user\naws iam list-mfa-devices --user-name USER',
      console: 'IAM > Users > user > Security credentials > Assign MFA device > Passkey or security key',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_fido.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('MFA devices are enrolled after deployment: checked on live accounts only');
    if (!ctx.bool('consoleAccess')) return ctx.notApplicable('The user has no console password');
    const devices = ctx.list('mfaDevices');
    let unknown: UnknownEvidenceError | undefined;
    const kinds: string[] = [];
    devices.forEach((d, i) => {
      const kind = isJsonObject(d) ? d.kind : undefined;
      if (isUnknownMarker(d) || isUnknownMarker(kind)) unknown ??= new UnknownEvidenceError(`mfaDevices.${i}.kind`, (isUnknownMarker(d) ? d : (kind as never as { $unknown: never })).$unknown);
      else if (typeof kind === 'string') kinds.push(kind);
    });
    if (kinds.some((k) => k === 'hardware' || k === 'passkey')) return ctx.pass('The user has a hardware MFA device or passkey', 'mfaDevices');
    if (unknown) throw unknown;
    if (kinds.length === 0) return ctx.fail('The user has no MFA device at all', 'mfaDevices');
    return ctx.fail('The user only has a virtual MFA device; register a passkey or security key', 'mfaDevices');
  },
});
