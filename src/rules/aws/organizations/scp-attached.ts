import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-organizations-scp-attached',
    title: 'Service control policies are enabled and a custom SCP is attached in the organisation',
    severity: 'medium',
    provider: 'aws',
    service: 'organizations',
    resourceTypes: ['aws.organizations.account'],
    description:
      'Checks that the SERVICE_CONTROL_POLICY type is enabled on the organisation root and that at least one service control policy ' +
      'written by the organisation (not the AWS managed FullAWSAccess) is attached to the root, an organisational unit or an account. ' +
      'SCPs and their targets can only be read from the management account or a delegated administrator: scanned from any other ' +
      'account the result is an error naming the refused call, never a pass.',
    risk:
      'Without a custom SCP every member account can do anything its own IAM allows, so one compromised administrator can disable ' +
      'CloudTrail, leave the organisation or use regions nobody watches.',
    remediation: {
      text:
        'From the management account, enable service control policies on the root, write SCPs that deny what no account should do ' +
        '(leaving the organisation, stopping CloudTrail or GuardDuty, unused regions) and attach them to the root or to OUs.',
      cli:
        'aws organizations enable-policy-type --root-id r-xxxx --policy-type SERVICE_CONTROL_POLICY\n' +
        'aws organizations create-policy --type SERVICE_CONTROL_POLICY --name guard-rails --description "baseline denies" --content file://scp.json\n' +
        'aws organizations attach-policy --policy-id p-xxxx --target-id r-xxxx',
      terraform:
        'resource "aws_organizations_organization" "this" {\n  feature_set          = "ALL"\n  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]\n}\n\n' +
        'resource "aws_organizations_policy" "guard_rails" {\n  name    = "guard-rails"\n  content = data.aws_iam_policy_document.guard_rails.json\n}\n\n' +
        'resource "aws_organizations_policy_attachment" "root" {\n  policy_id = aws_organizations_policy.guard_rails.id\n  target_id = aws_organizations_organization.this.roots[0].id\n}',
      console: 'AWS Organizations > Policies > Service control policies > Enable; then Create policy and Attach it to the root or an OU',
    },
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('inOrganization')) return ctx.fail('The account belongs to no organisation, so no service control policy can limit it', 'inOrganization');
    const featureSet = ctx.string('featureSet') ?? 'ALL';
    if (featureSet !== 'ALL') return ctx.fail(`The organisation runs with the ${featureSet} feature set, which has no service control policies`, 'featureSet');
    const types = ctx.list('enabledPolicyTypes');
    if (!types.includes('SERVICE_CONTROL_POLICY')) return ctx.fail('Service control policies are not enabled on the organisation root', 'enabledPolicyTypes');
    const scps = ctx.list('serviceControlPolicies');
    const attached: string[] = [];
    scps.forEach((p, i) => {
      if (!isJsonObject(p) || ctx.bool(`serviceControlPolicies.${i}.awsManaged`)) return;
      if (ctx.list(`serviceControlPolicies.${i}.targets`).length > 0) attached.push(ctx.string(`serviceControlPolicies.${i}.name`) ?? ctx.string(`serviceControlPolicies.${i}.id`) ?? `#${i}`);
    });
    if (attached.length) return ctx.pass(`Custom SCP(s) attached: ${attached.join(', ')}`, 'serviceControlPolicies');
    const custom = scps.filter((p, i) => isJsonObject(p) && !ctx.bool(`serviceControlPolicies.${i}.awsManaged`)).length;
    return ctx.fail(custom ? `None of the ${custom} custom SCP(s) is attached to a root, OU or account` : 'Only the AWS managed FullAWSAccess policy exists: no custom SCP restricts the accounts', 'serviceControlPolicies');
  },
});
