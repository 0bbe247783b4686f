import type { Rule } from '../../../core/index.js';
import groupAdminMembersMfa from './group-admin-members-mfa.js';
import policyNoAssumeRoleWildcard from './policy-no-assume-role-wildcard.js';
import roleUnused from './role-unused.js';
import roleWebIdentitySubject from './role-web-identity-subject.js';
import userHardwareMfa from './user-hardware-mfa.js';
import cloudshellFullAccessRestricted from './cloudshell-full-access-restricted.js';
import inlinePolicyNoAdminAccess from './inline-policy-no-admin-access.js';
import noAdministratorAccessAttached from './no-administrator-access-attached.js';
import policyNoAdminAccess from './policy-no-admin-access.js';
import policyNoPassroleWildcard from './policy-no-passrole-wildcard.js';
import policyNoPrivilegeEscalation from './policy-no-privilege-escalation.js';
import policyNoServiceWildcard from './policy-no-service-wildcard.js';
import roleCrossAccountExternalId from './role-cross-account-external-id.js';
import roleTrustNotPublic from './role-trust-not-public.js';
import serverCertificateNotExpired from './server-certificate-not-expired.js';
import supportRoleExists from './support-role-exists.js';
import passwordLowercase from './password-lowercase.js';
import passwordMaxAge from './password-max-age.js';
import passwordMinLength from './password-min-length.js';
import passwordNumbers from './password-numbers.js';
import passwordReuse from './password-reuse.js';
import passwordSymbols from './password-symbols.js';
import passwordUppercase from './password-uppercase.js';
import rootAccessKeys from './root-access-keys.js';
import rootHardwareMfa from './root-hardware-mfa.js';
import rootMfaEnabled from './root-mfa-enabled.js';
import rootNotUsedRecently from './root-not-used-recently.js';
import userAccessKeysRotated from './user-access-keys-rotated.js';
import userConsoleMfa from './user-console-mfa.js';
import userNoDirectPolicies from './user-no-direct-policies.js';
import userNoInitialAccessKey from './user-no-initial-access-key.js';
import userOneActiveKey from './user-one-active-key.js';
import userUnusedCredentials from './user-unused-credentials.js';

export const iamRules: readonly Rule[] = [
  rootAccessKeys,
  userConsoleMfa,
  rootMfaEnabled,
  rootHardwareMfa,
  rootNotUsedRecently,
  passwordMinLength,
  passwordReuse,
  passwordSymbols,
  passwordNumbers,
  passwordUppercase,
  passwordLowercase,
  passwordMaxAge,
  userAccessKeysRotated,
  userUnusedCredentials,
  userOneActiveKey,
  userNoInitialAccessKey,
  userNoDirectPolicies,
  cloudshellFullAccessRestricted,
  inlinePolicyNoAdminAccess,
  noAdministratorAccessAttached,
  policyNoAdminAccess,
  policyNoPassroleWildcard,
  policyNoPrivilegeEscalation,
  policyNoServiceWildcard,
  roleCrossAccountExternalId,
  roleTrustNotPublic,
  serverCertificateNotExpired,
  supportRoleExists,
  policyNoAssumeRoleWildcard,
  roleUnused,
  roleWebIdentitySubject,
  userHardwareMfa,
  groupAdminMembersMfa,
];
