import { UnknownEvidenceError, defineRule } from '../../../core/index.js';

export const SUPPORT_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AWSSupportAccess$/;

export default defineRule({
  meta: {
    id: 'aws-iam-support-role-exists',
    title: 'A principal is set up to manage incidents with AWS Support',
    severity: 'low',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.account'],
    description:
      'Checks that the AWS managed AWSSupportAccess policy is attached to at least one user, group or role, so that somebody can open and follow ' +
      'support cases without root or administrator credentials (CIS AWS Foundations). Live accounts only: the policy must have been collected.',
    risk:
      'When nobody holds support permissions, an incident turns into a scramble for root or administrator credentials just to contact AWS, ' +
      'which delays the response and spreads powerful credentials.',
    remediation: {
      text: 'Create a role (or group) for your support or operations team, attach AWSSupportAccess to it, and let the right people assume it.',
      cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json\naws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
      terraform: 'resource "aws_iam_role_policy_attachment" "support" {\n  role       = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"\n}',
      cloudformation: 'SupportRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument: ...\n    ManagedPolicyArns:\n      - arn:aws:iam::aws:policy/AWSSupportAccess',
      console: 'IAM > Roles > Create role > choose who may assume it > attach AWSSupportAccess',
    },
    references: ['https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html', 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('Policy attachments of the whole account are only known in a live account');
    const policy = ctx.inventory.byType('aws.iam.policy').find((p) => p.account === ctx.resource.account && p.attributes.arn?.state === 'known' && SUPPORT_POLICY_ARN.test(String(p.attributes.arn.value)));
    if (!policy) {
      throw new UnknownEvidenceError('AWSSupportAccess', { kind: 'not-collected', operation: 'iam:ListEntitiesForPolicy', message: 'the AWSSupportAccess managed policy and its attachments were not collected' });
    }
    const count = ctx.getOf(policy, 'attachmentCount');
    if (typeof count === 'number' && count > 0) return ctx.pass(`AWSSupportAccess is attached to ${count} principal(s)`);
    return ctx.fail('AWSSupportAccess is attached to nobody: no one can manage support cases without broader rights');
  },
});
