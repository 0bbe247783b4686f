import { defineRule } from '../../../core/index.js';

export const CLOUDSHELL_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AWSCloudShellFullAccess$/;

export default defineRule({
  meta: {
    id: 'aws-iam-cloudshell-full-access-restricted',
    title: 'The AWSCloudShellFullAccess policy is attached to nobody',
    severity: 'medium',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.policy'],
    description:
      'Checks that the AWS managed AWSCloudShellFullAccess policy has no attachments (CIS AWS Foundations). Other policies are not applicable. ' +
      'Live accounts only.',
    risk:
      'Full CloudShell access includes uploading and downloading files to a shell environment with outbound internet access, a convenient ' +
      'channel to move data out of the account around other controls.',
    remediation: {
      text: 'Detach AWSCloudShellFullAccess from every user, group and role; grant a narrower custom policy (without file transfer) where CloudShell is truly needed.',
      cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
      console: 'IAM > Policies > AWSCloudShellFullAccess > Entities attached > Detach',
    },
    references: ['https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html', 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudShellFullAccess.html'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('AWS managed policy attachments are only known in a live account');
    const arn = ctx.string('arn');
    if (!arn || !CLOUDSHELL_POLICY_ARN.test(arn)) return ctx.notApplicable('Not the AWSCloudShellFullAccess policy');
    const count = ctx.number('attachmentCount') ?? 0;
    if (count > 0) return ctx.fail(`AWSCloudShellFullAccess is attached to ${count} principal(s)`, 'attachmentCount');
    return ctx.pass('AWSCloudShellFullAccess is not attached', 'attachmentCount');
  },
});
