import { defineRule } from '../../../core/index.js';
import { analyzeAdmin, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-admin-access',
    title: 'Managed IAM policies in use do not grant full administrative access',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.policy'],
    description:
      'Checks that a managed policy does not allow every action on every resource: `"Action": "*"` on `"Resource": "*"`, or an ' +
      '`Allow` with `NotAction` that still leaves IAM open (CIS AWS Foundations). An unconditional Deny of the same scope cancels the grant. ' +
      'In a live account only attached policies are judged; in infrastructure code every policy is, since it is written to be attached.',
    risk:
      'Whoever holds such a policy can do anything, including granting themselves more, disabling logging and deleting data; a single ' +
      'leaked credential of that principal compromises the account.',
    remediation: {
      text:
        'Replace the wildcard grant with the actions and resources the principals really use (IAM Access Analyzer can generate a policy ' +
        'from CloudTrail activity), or detach the policy and keep administrative access in a few tightly guarded roles.',
      cli: 'aws iam list-entities-for-policy --policy-arn POLICY_ARN\naws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://least-privilege.json --set-as-default',
      terraform: 'data "aws_iam_policy_document" "app" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["arn:aws:s3:::app-bucket/*"]\n  }\n}',
      cloudformation: 'PolicyDocument:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Action: s3:GetObject\n      Resource: arn:aws:s3:::app-bucket/*',
      console: 'IAM > Policies > policy > Permissions > Edit, narrow the actions and resources; or Entities attached > Detach',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    const verdict = decided(analyzeAdmin([ctx.get('document') ?? null]), 'document');
    if (verdict.verdict !== 'admin') return ctx.pass('The policy does not grant every action on every resource', 'document');
    if (ctx.resource.provenance.kind === 'live') {
      const count = ctx.number('attachmentCount') ?? 0;
      if (count === 0) return ctx.pass('The policy grants full administrative access but is not attached to anyone', 'attachmentCount');
      return ctx.fail(`The policy is attached to ${count} principal(s) and grants full administrative access: ${verdict.reasons.join('; ')}`, 'document');
    }
    return ctx.fail(`The policy grants full administrative access: ${verdict.reasons.join('; ')}`, 'document');
  },
});
