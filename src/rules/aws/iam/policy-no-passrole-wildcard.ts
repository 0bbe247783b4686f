import { defineRule } from '../../../core/index.js';
import { analyzePassRole } from '../lib/policy.js';
import { IDENTITY_POLICY_TYPES, describeHolder, firstMatching, identityDocuments } from '../lib/policy-rules.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-passrole-wildcard',
    title: 'IAM policies do not allow iam:PassRole on every role',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...IDENTITY_POLICY_TYPES],
    description:
      'Checks that no customer managed policy or inline policy allows iam:PassRole (directly or through a wildcard such as iam:* or iam:Pass*) ' +
      'with `"Resource": "*"`. AWS managed policies are not judged.',
    risk:
      'Passing a role hands its permissions to an AWS service the caller controls. With PassRole on every role, a principal can give its ' +
      'new Lambda function, EC2 instance or stack the most powerful role in the account and act through it.',
    remediation: {
      text: 'List the roles the principal legitimately passes and name them in Resource; add an iam:PassedToService condition for the service that receives them.',
      terraform: 'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.task.arn]\n  condition {\n    test     = "StringEquals"\n    variable = "iam:PassedToService"\n    values   = ["ecs-tasks.amazonaws.com"]\n  }\n}',
      cloudformation: '- Effect: Allow\n  Action: iam:PassRole\n  Resource: !GetAtt TaskRole.Arn\n  Condition:\n    StringEquals:\n      iam:PassedToService: ecs-tasks.amazonaws.com',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped-passrole.json --set-as-default',
      console: 'IAM > Policies > policy > Edit > iam:PassRole > Resources: specific role ARNs',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    if (ctx.resource.type === 'aws.iam.policy' && ctx.bool('awsManaged')) return ctx.notApplicable('AWS managed policies are not judged as documents');
    const docs = identityDocuments(ctx);
    const hit = firstMatching(docs, (d) => analyzePassRole([d]), 'any-role');
    if (hit) return ctx.fail(`${hit.doc.path === 'document' ? 'The policy' : `Inline policy ${hit.doc.name}`} allows passing any role: ${hit.verdict.reasons.join('; ')}`, hit.doc.path);
    return ctx.pass(`${describeHolder(ctx)} do not allow iam:PassRole on every resource`, docs[0]?.path ?? (ctx.resource.type === 'aws.iam.policy' ? 'document' : 'inlinePolicies'));
  },
});
