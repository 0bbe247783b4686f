import { defineRule } from '../../../core/index.js';
import { analyzeActionOnAll } from '../lib/policy.js';
import { IDENTITY_POLICY_TYPES, describeHolder, firstMatching, identityDocuments } from '../lib/policy-rules.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-assume-role-wildcard',
    title: 'IAM policies do not allow assuming every role',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...IDENTITY_POLICY_TYPES],
    description:
      'Checks that no customer managed or inline policy allows sts:AssumeRole (directly or through sts:* or *) on `"Resource": "*"`. AWS managed ' +
      'policies are not judged; policies granting every action are reported by the administrator-access rules as well.',
    risk:
      'Permission to assume any role means the principal\'s reach is limited only by trust policies; any role that trusts the account root ' +
      '(the default for many roles) becomes a step up, including into other accounts that trust yours.',
    remediation: {
      text: 'List the role ARNs the principal needs to assume in Resource; use role paths or tags to scope groups of roles.',
      terraform: 'statement {\n  actions   = ["sts:AssumeRole"]\n  resources = [aws_iam_role.deploy.arn]\n}',
      cloudformation: '- Effect: Allow\n  Action: sts:AssumeRole\n  Resource: !GetAtt DeployRole.Arn',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
      console: 'IAM > Policies > policy > Edit > STS AssumeRole > Resources: specific role ARNs',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    if (ctx.resource.type === 'aws.iam.policy' && ctx.bool('awsManaged')) return ctx.notApplicable('AWS managed policies are not judged as documents');
    const docs = identityDocuments(ctx);
    const hit = firstMatching(docs, (d) => analyzeActionOnAll([d], 'sts:AssumeRole'), 'all-resources');
    if (hit) return ctx.fail(`${hit.doc.path === 'document' ? 'The policy' : `Inline policy ${hit.doc.name}`} allows assuming any role: ${hit.verdict.reasons.join('; ')}`, hit.doc.path);
    return ctx.pass(`${describeHolder(ctx)} do not allow sts:AssumeRole on every resource`, docs[0]?.path ?? (ctx.resource.type === 'aws.iam.policy' ? 'document' : 'inlinePolicies'));
  },
});
