import { defineRule } from '../../../core/index.js';
import { passwordRule } from './password-helpers.js';

export const REUSE = 24;

const spec = passwordRule({
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  description: `Checks that the account password policy remembers at least the last ${REUSE} passwords of each user and refuses them (CIS AWS Foundations). A policy without reuse prevention fails.`,
  risk: 'When users may cycle back to an old password, a password that leaked once keeps working, and forced changes achieve nothing.',
  remediation: {
    text: `Set password reuse prevention to ${REUSE} in the account password policy.`,
    cli: `aws iam update-account-password-policy --password-reuse-prevention ${REUSE} --minimum-password-length 14\n# update-account-password-policy replaces the whole policy: pass every setting you want to keep`,
    terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length   = 14\n  password_reuse_prevention = ${REUSE}\n}`,
    console: 'IAM > Account settings > Password policy > Edit > Prevent password reuse: 24 > Save changes',
  },
  judge(ctx) {
    const n = ctx.number('passwordPolicy.reusePrevention');
    if (n !== undefined && n >= REUSE) return ctx.pass(`The last ${n} passwords cannot be reused`, 'passwordPolicy.reusePrevention');
    return ctx.fail(n === undefined ? 'Password reuse is not prevented' : `Only the last ${n} passwords are remembered; require ${REUSE}`, 'passwordPolicy.reusePrevention');
  },
});

export default defineRule({ meta: { id: 'aws-iam-password-policy-reuse-prevention', severity: 'medium', ...spec.meta }, check: spec.check });
