import { defineRule } from '../../../core/index.js';
import { analyzeTrust, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-iam-role-cross-account-external-id',
    title: 'Roles trusted by other accounts require an external id or organisation condition',
    severity: 'high',
    provider: 'aws',
    service: 'iam',
    resourceTypes: ['aws.iam.role'],
    description:
      'Checks that a role whose trust policy lets principals of another AWS account assume it also requires sts:ExternalId, or limits ' +
      'callers with aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn or aws:SourceAccount. The role\'s own account must be ' +
      'known to tell other accounts apart: for infrastructure code, scan with the target account set, otherwise roles trusting an ' +
      'account id are reported as errors.',
    risk:
      'Third-party services assume roles in many customers\' accounts. Without an external id, anyone who tricks the service into using your ' +
      'role ARN (the confused deputy problem) acts in your account with the role\'s permissions.',
    remediation: {
      text: 'Add a Condition with StringEquals sts:ExternalId set to the value the partner gave you (unique per customer), or an organisation condition when the other account is your own.',
      cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document file://trust-with-external-id.json',
      terraform: 'condition {\n  test     = "StringEquals"\n  variable = "sts:ExternalId"\n  values   = [var.partner_external_id]\n}',
      cloudformation: 'Condition:\n  StringEquals:\n    sts:ExternalId: !Ref PartnerExternalId',
      console: 'IAM > Roles > role > Trust relationships > Edit trust policy > add the sts:ExternalId condition',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const v = decided(analyzeTrust(ctx.get('assumeRolePolicy') ?? null, ctx.resource.account), 'assumeRolePolicy');
    if (v.verdict === 'foreign-no-external-id') return ctx.fail(`Another account can assume the role without an external id: ${v.reasons.join('; ')}`, 'assumeRolePolicy');
    if (v.verdict === 'any-principal') return ctx.fail(`Any account can assume the role: ${v.reasons.join('; ')}`, 'assumeRolePolicy');
    if (v.verdict === 'foreign-guarded') return ctx.pass(`Other accounts are trusted only under a condition: ${v.reasons.join('; ')}`, 'assumeRolePolicy');
    return ctx.pass('Only the own account, AWS services or identity providers can assume the role', 'assumeRolePolicy');
  },
});
