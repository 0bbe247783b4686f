/** Shared logic of the password policy rules: each judges one setting of the account password policy. */
import type { CheckOutcome, RuleContext, RuleMeta } from '../../../core/index.js';

const REFERENCES = [
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html',
];

export interface PasswordRuleSpec {
  title: string;
  description: string;
  risk: string;
  remediation: RuleMeta['remediation'];
  /** Judges the policy once it is known to exist. */
  judge(ctx: RuleContext): CheckOutcome;
}

/** Meta (less id and severity) and check of a password policy rule; the rule file calls defineRule. */
export function passwordRule(spec: PasswordRuleSpec): { meta: Omit<RuleMeta, 'id' | 'severity'>; check: (ctx: RuleContext) => CheckOutcome } {
  return {
    meta: {
      title: spec.title,
      provider: 'aws',
      service: 'iam',
      resourceTypes: ['aws.iam.account'],
      description: spec.description,
      risk: spec.risk,
      remediation: spec.remediation,
      references: REFERENCES,
      sources: ['live', 'iac'],
      tags: ['password-policy'],
    },
    check(ctx) {
      // No custom policy at all: AWS falls back to its minimal default (8 characters, nothing else).
      if (!ctx.isSet('passwordPolicy')) return ctx.fail('The account has no custom password policy, so the weak AWS default applies', 'passwordPolicy');
      return spec.judge(ctx);
    },
  };
}

/** A rule requiring one character class. */
export function characterClassRule(flag: string, what: string, tfArg: string, cliFlag: string): ReturnType<typeof passwordRule> {
  return passwordRule({
    title: `The IAM password policy requires ${what}`,
    description: `Checks that the account password policy makes every IAM user password contain ${what}. An account without a custom password policy fails.`,
    risk: `Without ${what} required, users pick shorter, more predictable passwords that fall faster to guessing and to cracking of leaked hashes.`,
    remediation: {
      text: `Update the account password policy so that it requires ${what}, together with a minimum length of 14 and reuse prevention of 24.`,
      cli: `aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 ${cliFlag}\n# update-account-password-policy replaces the whole policy: pass every setting you want to keep`,
      terraform: `resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length = 14\n  ${tfArg} = true\n}`,
      console: 'IAM > Account settings > Password policy > Edit > tick the character requirement > Save changes',
    },
    judge(ctx) {
      if (ctx.bool(`passwordPolicy.${flag}`)) return ctx.pass(`The password policy requires ${what}`, `passwordPolicy.${flag}`);
      return ctx.fail(`The password policy does not require ${what}`, `passwordPolicy.${flag}`);
    },
  });
}
