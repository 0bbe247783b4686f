import { defineRule } from '../../../core/index.js';
import { passwordRule } from './password-helpers.js';

export const MAX_AGE = 90;

const spec = passwordRule({
  title: 'IAM user passwords expire within 90 days',
  description: `Checks that the account password policy makes passwords expire after at most ${MAX_AGE} days. A policy without expiry fails.`,
  risk: 'Passwords that never expire stay useful to whoever obtained them, for as long as the user exists.',
  remediation: {
    text: `Set the maximum password age to ${MAX_AGE} days or less. Combine it with reuse prevention so expiry forces a genuinely new password.`,
    cli: `aws iam update-account-password-policy --max-password-age ${MAX_AGE} --minimum-password-length 14 --password-reuse-prevention 24`,
    terraform: `resource "aws_iam_account_password_policy" "this" {\n  max_password_age = ${MAX_AGE}\n}`,
    console: 'IAM > Account settings > Password policy > Edit > Turn on password expiration: 90 days > Save changes',
  },
  judge(ctx) {
    const days = ctx.number('passwordPolicy.maxAgeDays');
    if (days !== undefined && days > 0 && days <= MAX_AGE) return ctx.pass(`Passwords expire after ${days} days`, 'passwordPolicy.maxAgeDays');
    return ctx.fail(days === undefined || days === 0 ? 'Passwords never expire' : `Passwords expire only after ${days} days; use ${MAX_AGE} or less`, 'passwordPolicy.maxAgeDays');
  },
});

export default defineRule({ meta: { id: 'aws-iam-password-policy-max-age', severity: 'medium', ...spec.meta }, check: spec.check });
