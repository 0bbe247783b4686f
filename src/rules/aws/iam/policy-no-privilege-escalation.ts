import { defineRule } from '../../../core/index.js';
import { analyzeEscalation, decided } from '../lib/policy.js';
import { IDENTITY_POLICY_TYPES, describeHolder, identityDocuments } from '../lib/policy-rules.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-privilege-escalation',
    title: 'IAM policies do not allow known privilege escalation paths',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...IDENTITY_POLICY_TYPES],
    description:
      'Checks customer managed policies, and the inline policies of users, groups and roles taken together, for combinations of actions ' +
      'that let a principal raise its own permissions: rewriting or attaching policies (iam:CreatePolicyVersion, iam:AttachRolePolicy, ' +
      'iam:PutUserPolicy...), taking over other users (iam:CreateAccessKey, iam:UpdateLoginProfile), or passing a role to a compute service ' +
      'it can then run code in (iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction, ec2:RunInstances, ...). Actions granted only ' +
      'on the caller\'s own user (`${aws:username}`) or cancelled by an unconditional Deny do not count. AWS managed policies are not judged.',
    risk:
      'A principal that can escalate is effectively an administrator with extra steps: compromise of a modest-looking CI user or ' +
      'application role becomes full control of the account.',
    remediation: {
      text:
        'Remove the escalation actions or scope them to specific resources: restrict iam:PassRole to the exact roles a service needs (with ' +
        'the iam:PassedToService condition), and keep IAM write actions for a separate, well-guarded administration role. Permissions boundaries ' +
        'can cap what delegated administrators create.',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
      terraform: 'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.lambda_exec.arn]\n  condition {\n    test     = "StringEquals"\n    variable = "iam:PassedToService"\n    values   = ["lambda.amazonaws.com"]\n  }\n}',
      console: 'IAM > Policies (or the principal) > Permissions > Edit: remove or scope the listed actions',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    if (ctx.resource.type === 'aws.iam.policy' && ctx.bool('awsManaged')) return ctx.notApplicable('AWS managed policies are judged where they are attached, not as documents');
    const docs = identityDocuments(ctx);
    if (docs.length === 0) return ctx.pass('No policy documents to judge', ctx.resource.type === 'aws.iam.policy' ? 'document' : 'inlinePolicies');
    const v = analyzeEscalation(docs.map((d) => d.doc));
    const firstPath = docs[0]?.path ?? 'document';
    if (v.verdict === 'unknown') decided(v, docs.length === 1 ? firstPath : ctx.resource.type === 'aws.iam.policy' ? 'document' : 'inlinePolicies');
    if (v.verdict === 'escalation') return ctx.fail(`${describeHolder(ctx)} allow privilege escalation: ${v.paths.join('; ')}`, firstPath);
    return ctx.pass(`${describeHolder(ctx)} allow no known privilege escalation path`, firstPath);
  },
});
