/**
 * Equivalences owned by the identity rule set: trivy-checks long id → Parapet rule ids.
 *
 * Not mapped, on purpose:
 * - aws-iam-no-password-reuse: its good example remembers 5 passwords; CIS (and our rule) require 24.
 * - aws-iam-no-root-access-keys: its bad example is an IAM user that happens to be named "root"; the real
 *   root user is never in infrastructure code (aws-iam-root-access-keys judges live accounts).
 * - aws-iam-enforce-group-mfa: it asks every group policy to carry an aws:MultiFactorAuthPresent condition, a
 *   trivy convention rather than an AWS control; MFA is judged per user (aws-iam-user-console-mfa).
 */
export const IDENTITY: Readonly<Record<string, readonly string[]>> = {
  'aws-iam-set-minimum-password-length': ['aws-iam-password-policy-min-length'],
  'aws-iam-require-symbols-in-passwords': ['aws-iam-password-policy-symbols'],
  'aws-iam-require-numbers-in-passwords': ['aws-iam-password-policy-numbers'],
  'aws-iam-require-uppercase-in-passwords': ['aws-iam-password-policy-uppercase'],
  'aws-iam-require-lowercase-in-passwords': ['aws-iam-password-policy-lowercase'],
  'aws-iam-set-max-password-age': ['aws-iam-password-policy-max-age'],
  'aws-iam-no-user-attached-policies': ['aws-iam-user-no-direct-policies'],
  // Our rule flags a whole-service wildcard for every service, S3 included.
  'aws-iam-no-s3-full-access': ['aws-iam-policy-no-service-wildcard'],
};
