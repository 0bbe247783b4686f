import { defineRule } from '../../../core/index.js';
import { analyzeAdmin } from '../lib/policy.js';
import { PRINCIPAL_TYPES, firstMatching, identityDocuments } from '../lib/policy-rules.js';

export default defineRule({
  meta: {
    id: 'aws-iam-inline-policy-no-admin-access',
    title: 'Inline IAM policies do not grant full administrative access',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...PRINCIPAL_TYPES],
    description:
      'Checks that no inline policy of an IAM user, group or role allows every action on every resource (`"*"` on `"*"`, or `NotAction` ' +
      'that leaves IAM open). Each inline policy is judged on its own, with its own Deny statements.',
    risk:
      'Inline policies are easy to overlook in reviews because they live inside one principal; an inline `*:*` silently turns that ' +
      'user, group or role into a full administrator.',
    remediation: {
      text: 'Replace the inline policy with a least-privilege managed policy, or remove it; keep administrative rights in a few dedicated roles protected by MFA.',
      cli: 'aws iam delete-role-policy --role-name ROLE --policy-name POLICY\naws iam delete-user-policy --user-name USER --policy-name POLICY\naws iam delete-group-policy --group-name GROUP --policy-name POLICY',
      terraform: '# Remove the aws_iam_role_policy / aws_iam_user_policy / aws_iam_group_policy (or inline_policy block)\n# granting "*" and attach a scoped aws_iam_policy instead',
      cloudformation: '# Remove the Policies entry that allows Action "*" on Resource "*" and use a scoped AWS::IAM::ManagedPolicy',
      console: 'IAM > Roles/Users/User groups > name > Permissions > inline policy > Remove',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    const docs = identityDocuments(ctx);
    if (docs.length === 0) return ctx.pass('No inline policies', 'inlinePolicies');
    const hit = firstMatching(docs, (d) => analyzeAdmin([d]), 'admin');
    if (hit) return ctx.fail(`Inline policy ${hit.doc.name} grants full administrative access: ${hit.verdict.reasons.join('; ')}`, hit.doc.path);
    return ctx.pass(`None of the ${docs.length} inline polic${docs.length === 1 ? 'y grants' : 'ies grant'} every action on every resource`, 'inlinePolicies');
  },
});
