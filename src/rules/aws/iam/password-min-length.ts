import { defineRule } from '../../../core/index.js';
import { passwordRule } from './password-helpers.js';

export const MIN_LENGTH = 14;

const spec = passwordRule({
  title: 'The IAM password policy requires passwords of at least 14 characters',
  description: `Checks that the account password policy sets a minimum password length of ${MIN_LENGTH} or more (CIS AWS Foundations). Accounts without a custom password policy fail, since the AWS default is 8 characters.`,
  risk: 'Length is the main defence of a password against brute force and offline cracking; short passwords are recovered in hours once a hash or a sign-in endpoint is within reach.',
  remediation: {
    text: `Set the minimum password length to ${MIN_LENGTH} or more in the account password policy. Existing passwords stay valid until they are next changed.`,
    cli: `aws iam update-account-password-policy --minimum-password-length ${MIN_LENGTH} --password-reuse-prevention 24\n# update-account-password-policy replaces the whole policy: pass every setting you want to keep`,
    terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length   = ${MIN_LENGTH}\n  password_reuse_prevention = 24\n}`,
    console: 'IAM > Account settings > Password policy > Edit > Password minimum length: 14 > Save changes',
  },
  judge(ctx) {
    const len = ctx.number('passwordPolicy.minimumLength') ?? 8;
    if (len >= MIN_LENGTH) return ctx.pass(`Passwords must have at least ${len} characters`, 'passwordPolicy.minimumLength');
    return ctx.fail(`Passwords need only ${len} characters; require at least ${MIN_LENGTH}`, 'passwordPolicy.minimumLength');
  },
});

export default defineRule({ meta: { id: 'aws-iam-password-policy-min-length', severity: 'medium', ...spec.meta }, check: spec.check });
