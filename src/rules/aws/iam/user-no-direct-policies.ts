import { defineRule, isJsonObject } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-no-direct-policies',
    title: 'IAM users receive permissions only through groups or roles',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.user'],
    description: 'Checks that no managed policy is attached directly to an IAM user and that the user has no inline policies (CIS AWS Foundations). Permissions should come from groups (or roles the user assumes).',
    risk: 'Per-user grants drift apart, are hard to review and are forgotten when people change jobs; permissions held through groups are granted and removed in one place.',
    remediation: {
      text: 'Create a group for the job function, attach the policies there, add the user to the group, then detach the user\'s own policies and delete its inline policies.',
      cli: 'aws iam add-user-to-group --group-name GROUP --user-name USER\naws iam detach-user-policy --user-name USER --policy-arn POLICY_ARN\naws iam delete-user-policy --user-name USER --policy-name POLICY_NAME',
      terraform: 'resource "aws_iam_group_policy_attachment" "devs" {\n  group      = aws_iam_group.devs.name\n  policy_arn = aws_iam_policy.devs.arn\n}\n\nresource "aws_iam_user_group_membership" "jim" {\n  user   = aws_iam_user.jim.name\n  groups = [aws_iam_group.devs.name]\n}',
      cloudformation: 'DevsGroup:\n  Type: AWS::IAM::Group\n  Properties:\n    ManagedPolicyArns: [!Ref DevsPolicy]\nJim:\n  Type: AWS::IAM::User\n  Properties:\n    Groups: [!Ref DevsGroup]',
      console: 'IAM > Users > user > Permissions > remove each directly attached or inline policy after adding the user to a group that grants it',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const attached = ctx.list('attachedPolicyArns');
    const inlineRaw = ctx.get('inlinePolicies');
    const inline = isJsonObject(inlineRaw) ? Object.keys(inlineRaw) : [];
    const parts: string[] = [];
    if (attached.length) parts.push(`${attached.length} managed polic${attached.length === 1 ? 'y' : 'ies'} attached directly`);
    if (inline.length) parts.push(`inline polic${inline.length === 1 ? 'y' : 'ies'} ${inline.join(', ')}`);
    if (parts.length) return ctx.fail(`The user has ${parts.join(' and ')}`, attached.length ? 'attachedPolicyArns' : `inlinePolicies.${inline[0]}`);
    return ctx.pass('The user has no directly attached or inline policies');
  },
});
