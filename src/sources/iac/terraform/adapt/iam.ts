import type { JsonValue } from '../../../../core/index.js';
import { unknownMarker } from '../../../../core/index.js';
import { ResourceDraft, bool, compact, num, policyJson, str, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

function appendTo(d: ResourceDraft, attr: string, value: JsonValue | undefined): void {
  if (value === undefined) return;
  const ev = d.attributes[attr];
  const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
  d.attributes[attr] = { state: 'known', value: [...current, value] };
}

export const iamUserAdapter: TfAdapter = {
  modelType: 'aws.iam.user',
  primary: ['aws_iam_user'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.iam.user', typeof name === 'string' ? name : inst.address);
    // MFA devices are enrolled by the user outside of Terraform: the code cannot tell.
    d.attributes.mfaDevices = { state: 'unknown', cause: { kind: 'unsupported', message: 'MFA enrolment is not expressed in Terraform' } };
    return d;
  },
  joins: {
    aws_iam_user_login_profile: { via: 'user', apply: (d, inst) => d.set('consoleAccess', true, { inst, path: [] }) },
    aws_iam_user_policy_attachment: { via: 'user', apply: (d, inst) => appendTo(d, 'attachedPolicyArns', str(valueAt(inst, ['policy_arn']))) },
    aws_iam_user_policy: {
      via: 'user',
      apply(d, inst) {
        const ev = d.attributes.inlinePolicies;
        const current = ev?.state === 'known' && ev.value && typeof ev.value === 'object' && !Array.isArray(ev.value) ? ev.value : {};
        const n = valueAt(inst, ['name']);
        d.attributes.inlinePolicies = { state: 'known', value: { ...current, [typeof n === 'string' ? n : inst.address]: policyJson(valueAt(inst, ['policy'])) ?? unknownMarker({ kind: 'unresolved', message: 'no policy' }) as unknown as JsonValue } };
      },
    },
  },
};

export const passwordPolicyAdapter: TfAdapter = {
  modelType: 'aws.iam.account',
  primary: ['aws_iam_account_password_policy'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.iam.account', 'account password policy');
    const map: [string, string, typeof str][] = [
      ['minimumLength', 'minimum_password_length', num],
      ['requireSymbols', 'require_symbols', bool],
      ['requireNumbers', 'require_numbers', bool],
      ['requireUppercase', 'require_uppercase_characters', bool],
      ['requireLowercase', 'require_lowercase_characters', bool],
      ['maxAgeDays', 'max_password_age', num],
      ['reusePrevention', 'password_reuse_prevention', num],
      ['allowUsersToChange', 'allow_users_to_change_password', bool],
    ];
    d.set('passwordPolicy', compact(Object.fromEntries(map.map(([m, tf, conv]) => [m, conv(valueAt(inst, [tf]))]))), { inst, path: [] });
    for (const [m, tf] of map) d.line(`passwordPolicy.${m}`, inst, [tf]);
    // Root credentials never appear in Terraform.
    for (const a of ['rootAccessKeysPresent', 'rootMfaEnabled', 'rootHardwareMfa']) d.attributes[a] = { state: 'unknown', cause: { kind: 'unsupported', message: 'root user credentials are not expressed in Terraform' } };
    return d;
  },
};
