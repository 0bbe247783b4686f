import type { Resource } from '../../../core/index.js';
import { UnknownEvidenceError, defineRule, isJsonObject, isUnknownMarker } from '../../../core/index.js';
import { analyzeAdmin } from '../lib/policy.js';
import { firstMatching, identityDocuments } from '../lib/policy-rules.js';
import { ADMIN_POLICY_ARN } from './no-administrator-access-attached.js';

export default defineRule({
  meta: {
    id: 'aws-iam-group-admin-members-mfa',
    title: 'Members of administrator groups have MFA',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.group'],
    description:
      'For IAM groups that grant full administrative access (AdministratorAccess attached, or an inline policy allowing every action on every ' +
      'resource), checks that every member who can sign in to the console has at least one MFA device. Other groups are not applicable. ' +
      'Live accounts only: members and MFA devices are joined from the scanned users.',
    risk: 'An administrator protected by a password alone is one phishing e-mail away from handing over the whole account.',
    remediation: {
      text: 'Have each listed member register an MFA device (preferably a passkey or security key) or remove them from the group; add a policy denying everything but MFA set-up while aws:MultiFactorAuthPresent is false.',
      cli: 'aws iam get-group --group-name GROUP\naws iam list-mfa-devices --user-name USER\naws iam remove-user-from-group --group-name GROUP --user-name USER',
      console: 'IAM > User groups > group > Users; for each user: Security credentials > Assign MFA device',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_users-self-manage-mfa-and-creds.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Members and their MFA devices are only known for scanned accounts');
    const attached = ctx.list('attachedPolicyArns').some((a) => typeof a === 'string' && ADMIN_POLICY_ARN.test(a));
    const inlineAdmin = attached ? undefined : firstMatching(identityDocuments(ctx), (d) => analyzeAdmin([d]), 'admin');
    if (!attached && !inlineAdmin) return ctx.notApplicable('The group does not grant full administrative access');
    const members = ctx.list('members').filter((m): m is string => typeof m === 'string');
    const users = ctx.inventory.byType('aws.iam.user').filter((u) => u.account === ctx.resource.account);
    const without: string[] = [];
    for (const name of members) {
      const user: Resource | undefined = users.find((u) => u.name === name);
      if (!user) throw new UnknownEvidenceError(`members.${name}`, { kind: 'not-collected', message: `member ${name} of the group was not collected` });
      if (ctx.getOf(user, 'consoleAccess') !== true) continue;
      const devices = ctx.getOf(user, 'mfaDevices');
      const list = Array.isArray(devices) ? devices : [];
      if (list.some((d) => isJsonObject(d) && !isUnknownMarker(d))) continue;
      const marker = list.find((d) => isUnknownMarker(d));
      if (marker && isUnknownMarker(marker)) throw new UnknownEvidenceError(`${name}#mfaDevices`, marker.$unknown);
      without.push(name);
    }
    const why = attached ? 'AdministratorAccess' : `inline policy ${inlineAdmin?.doc.name}`;
    if (without.length) return ctx.fail(`Administrators (${why}) without MFA: ${without.join(', ')}`, 'members');
    return ctx.pass(`Every console user of this administrator group (${why}) has MFA`, 'members');
  },
});
