import { defineRule } from '../../../core/index.js';
import { PRINCIPAL_TYPES } from '../lib/policy-rules.js';

export const ADMIN_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

export default defineRule({
  meta: {
    id: 'aws-iam-no-administrator-access-attached',
    title: 'The AdministratorAccess managed policy is not attached to users, groups or roles',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...PRINCIPAL_TYPES],
    description:
      'Checks the managed policies attached to each IAM user, group and role for the AWS managed AdministratorAccess policy, which allows ' +
      'every action on every resource (CIS AWS Foundations asks that no `*:*` policy be attached). Attachments that cannot be resolved ' +
      '(a reference to a policy created elsewhere) are reported as errors unless another attachment already fails.',
    risk: 'Every principal holding AdministratorAccess is a full administrator: its leaked key, stolen session or compromised workload controls the whole account.',
    remediation: {
      text:
        'Give each principal a policy scoped to its job. Keep full administration for a small number of break-glass or administrator roles that ' +
        'require MFA, and have people reach them through IAM Identity Center rather than long-lived users.',
      cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-user-policy --user-name USER --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-group-policy --group-name GROUP --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      terraform: '# Remove the aws_iam_*_policy_attachment (or managed_policy_arns entry) naming\n# arn:aws:iam::aws:policy/AdministratorAccess and attach a scoped policy instead',
      cloudformation: '# Remove arn:aws:iam::aws:policy/AdministratorAccess from ManagedPolicyArns',
      console: 'IAM > Users / User groups / Roles > name > Permissions > AdministratorAccess > Remove',
    },
    references: ['https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    const arns = ctx.list('attachedPolicyArns');
    const hit = arns.findIndex((a) => typeof a === 'string' && ADMIN_POLICY_ARN.test(a));
    if (hit >= 0) return ctx.fail('AdministratorAccess is attached', 'attachedPolicyArns');
    // Reading each entry turns an unresolved one into an ERROR instead of a pass.
    arns.forEach((_, i) => ctx.get(`attachedPolicyArns.${i}`));
    return ctx.pass(arns.length ? `None of the ${arns.length} attached managed policies is AdministratorAccess` : 'No managed policy is attached', 'attachedPolicyArns');
  },
});
