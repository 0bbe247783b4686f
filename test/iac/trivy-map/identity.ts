/**
 * Equivalences owned by the identity rule set: trivy-checks long id → Parapet rule ids.
 *
 * Not mapped, on purpose:
 * - aws-iam-no-password-reuse: its good example remembers 5 passwords; CIS (and our rule) require 24.
 * - aws-iam-no-root-access-keys: its bad example is an IAM user that happens to be named "root"; the real
 *   root user is never in infrastructure code (aws-iam-root-access-keys judges live accounts).
 * - aws-iam-enforce-group-mfa: it asks every group policy to carry an aws:MultiFactorAuthPresent condition, a
 *   trivy convention rather than an AWS control; MFA is judged per user (aws-iam-user-console-mfa).
 * - aws-s3-specify-public-access-block: its good example turns on only two of the four switches, which our
 *   all-four rule (aws-s3-bucket-public-access-block) rightly fails; each switch has its own mapped rule.
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
  'aws-kms-auto-rotate-keys': ['aws-kms-key-rotation-enabled'],
  'aws-s3-block-public-acls': ['aws-s3-bucket-block-public-acls'],
  'aws-s3-ignore-public-acls': ['aws-s3-bucket-ignore-public-acls'],
  'aws-s3-block-public-policy': ['aws-s3-bucket-block-public-policy'],
  'aws-s3-no-public-buckets': ['aws-s3-bucket-restrict-public-buckets'],
  'aws-s3-no-public-access-with-acl': ['aws-s3-bucket-acl-not-public'],
};
