import { defineRule } from '../../../core/index.js';
import { analyzeServiceWildcard } from '../lib/policy.js';
import { IDENTITY_POLICY_TYPES, describeHolder, firstMatching, identityDocuments } from '../lib/policy-rules.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-service-wildcard',
    title: 'IAM policies do not grant every action of a service on every resource',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: [...IDENTITY_POLICY_TYPES],
    description:
      'Checks that no customer managed policy or inline policy allows a whole service, such as `s3:*`, `kms:*` or `iam:*`, on ' +
      '`"Resource": "*"`. Such grants include the destructive and permission-changing actions of that service. AWS managed policies are not judged.',
    risk:
      'A service-wide wildcard gives far more than any workload needs: `s3:*` on everything lets the holder read every bucket, change bucket ' +
      'policies and delete data; `kms:*` lets it schedule key deletion.',
    remediation: {
      text: 'List the specific actions the workload uses and scope Resource to its own resources (IAM Access Analyzer can generate a policy from recorded activity).',
      terraform: 'policy = jsonencode({\n  Version   = "2012-10-17"\n  Statement = [{\n    Effect   = "Allow"\n    Action   = ["s3:GetObject", "s3:PutObject"]\n    Resource = "arn:aws:s3:::app-bucket/*"\n  }]\n})',
      cloudformation: 'Statement:\n  - Effect: Allow\n    Action: [s3:GetObject, s3:PutObject]\n    Resource: arn:aws:s3:::app-bucket/*',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped.json --set-as-default',
      console: 'IAM > Policies > policy > Edit: replace "All actions" with the needed actions and add resource ARNs',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html'],
    sources: ['live', 'iac'],
    tags: ['least-privilege'],
  },
  check(ctx) {
    if (ctx.resource.type === 'aws.iam.policy' && ctx.bool('awsManaged')) return ctx.notApplicable('AWS managed policies are not judged as documents');
    const docs = identityDocuments(ctx);
    const hit = firstMatching(docs, (d) => analyzeServiceWildcard([d]), 'wildcard');
    if (hit) return ctx.fail(`${hit.doc.path === 'document' ? 'The policy' : `Inline policy ${hit.doc.name}`} grants a whole service: ${hit.verdict.reasons.join('; ')}`, hit.doc.path);
    return ctx.pass(`${describeHolder(ctx)} grant no service-wide wildcard on every resource`, docs[0]?.path ?? (ctx.resource.type === 'aws.iam.policy' ? 'document' : 'inlinePolicies'));
  },
});
