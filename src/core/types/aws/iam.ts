import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const iamAccount = defineResourceType({
  type: 'aws.iam.account',
  provider: 'aws',
  service: 'iam',
  description: 'Account-wide IAM facts: the root user and the password policy.',
  aliases: ['aws_iam_account_password_policy', 'AWS::IAM::AccountPasswordPolicy'],
  attributes: {
    rootAccessKeysPresent: a.bool('The root user has at least one access key (GetAccountSummary AccountAccessKeysPresent)'),
    rootMfaEnabled: a.bool('The root user has MFA enabled (GetAccountSummary AccountMFAEnabled)'),
    rootHardwareMfa: a.bool('The root user MFA is a hardware device'),
    rootLastUsed: a.timestamp('Last time the root user signed in or used a key'),
    passwordPolicy: a.object(
      {
        minimumLength: a.int('Minimum password length', { default: 8 }),
        requireSymbols: a.bool('Require a symbol', { default: false }),
        requireNumbers: a.bool('Require a number', { default: false }),
        requireUppercase: a.bool('Require an upper-case letter', { default: false }),
        requireLowercase: a.bool('Require a lower-case letter', { default: false }),
        maxAgeDays: a.int('Days before a password expires'),
        reusePrevention: a.int('Number of previous passwords that cannot be reused'),
        allowUsersToChange: a.bool('Users may change their own password', { default: true }),
      },
      'Account password policy',
      { default: null, defaultNote: 'No custom password policy: AWS applies its minimal default' },
    ),
  },
});

export const iamUser = defineResourceType({
  type: 'aws.iam.user',
  provider: 'aws',
  service: 'iam',
  description: 'An IAM user with its console password, MFA devices, access keys and policies.',
  aliases: ['aws_iam_user', 'AWS::IAM::User', 'iam_user'],
  attributes: {
    arn: a.string('User ARN'),
    createdAt: a.timestamp('Creation time'),
    consoleAccess: a.bool('The user has a console password (login profile)', { default: false }),
    passwordLastUsed: a.timestamp('Last console sign-in'),
    mfaDevices: a.list(
      a.object(
        {
          serialNumber: a.string('Serial number or ARN of the device'),
          kind: a.enum(['virtual', 'hardware', 'passkey'] as const, 'Device kind'),
          enabledAt: a.timestamp('When it was enabled'),
        },
        'One MFA device',
      ),
      'MFA devices',
      { default: [] },
    ),
    accessKeys: a.list(
      a.object(
        {
          id: a.string('Access key id (masked: first 4 and last 4 characters)'),
          status: a.enum(['Active', 'Inactive'] as const, 'Key status'),
          createdAt: a.timestamp('Creation time'),
          lastUsedAt: a.timestamp('Last use'),
        },
        'One access key',
      ),
      'Access keys',
      { default: [] },
    ),
    attachedPolicyArns: a.list(a.string('policy ARN'), 'Managed policies attached directly', { default: [] }),
    inlinePolicies: a.map(a.json('policy document'), 'Inline policies by name', { default: {} }),
    groups: a.list(a.string('group name'), 'Groups the user belongs to', { default: [] }),
  },
});
