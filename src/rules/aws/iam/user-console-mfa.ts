import { UnknownEvidenceError, defineRule, isUnknownMarker } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-console-mfa',
    title: 'IAM users who can sign in to the console have MFA',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description:
      'Checks that every IAM user with a console password has at least one MFA device (virtual, hardware or passkey). Users ' +
      'without a console password are not applicable: this rule is about interactive sign-in. Infrastructure code is not ' +
      'judged either, because people enrol their MFA device themselves after the user is created, so code cannot show it.',
    risk:
      'A console password alone falls to phishing, reuse from another breach or guessing; without a second factor the ' +
      'attacker signs in with all of the user\'s permissions.',
    remediation: {
      text:
        'Have the user register an MFA device (a passkey or security key is best), and enforce it with a policy that denies ' +
        'everything but MFA set-up while aws:MultiFactorAuthPresent is false. Better still, move people to IAM Identity Center ' +
        'and remove IAM console passwords altogether.',
      cli:
        'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile USER-qr.png --bootstrap-method QRCodePNG\n' +
        'aws iam enable-mfa-device --user-name USER --serial-number arn:aws:iam::ACCOUNT:mfa/USER --authentication-code1 CODE1 --authentication-code2 CODE2',
      console: 'IAM > Users > user > Security credentials > Multi-factor authentication (MFA) > Assign MFA device',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    ],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('MFA devices are enrolled after deployment: checked on live accounts only');
    if (!ctx.bool('consoleAccess')) return ctx.notApplicable('The user has no console password');
    const devices = ctx.list('mfaDevices');
    // An entry with an unreadable field is still a registered device; only a wholly unreadable entry leaves doubt.
    const registered = devices.filter((d) => !isUnknownMarker(d)).length;
    if (registered > 0) return ctx.pass(`The user signs in with a password and ${registered === 1 ? 'an MFA device' : `${registered} MFA devices`}`, 'mfaDevices');
    for (const [index, device] of devices.entries()) {
      if (isUnknownMarker(device)) throw new UnknownEvidenceError(`mfaDevices.${index}`, device.$unknown);
    }
    return ctx.fail('The user can sign in to the console with a password alone: no MFA device is registered', 'mfaDevices');
  },
});
