import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-organizations-all-features',
    title: 'The account belongs to an AWS organisation with all features enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'organizations',
    resourceTypes: ['aws.organizations.account'],
    description:
      'Checks that the account is part of an AWS Organizations organisation (as a member or as its management account) and that the ' +
      'organisation runs with all features rather than consolidated billing only. Only the all-features set offers service control ' +
      'policies, organisation-wide trails and delegated administration of security services.',
    risk:
      'A stand-alone account, or one in a billing-only organisation, cannot be held to central guard rails: nothing stops its ' +
      'administrators from turning off logging, leaving regions open or granting themselves anything.',
    remediation: {
      text:
        'Bring the account into your organisation, and if the organisation was created for consolidated billing, enable all features ' +
        'from the management account (every member account has to approve the change).',
      cli: 'aws organizations enable-all-features   # from the management account\naws organizations create-organization --feature-set ALL   # for a new organisation',
      terraform: 'resource "aws_organizations_organization" "this" {\n  feature_set = "ALL"\n}',
      console: 'AWS Organizations (management account) > Settings > Enable all features',
    },
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_org_support-all-features.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('inOrganization')) return ctx.fail('The account belongs to no AWS organisation', 'inOrganization');
    const featureSet = ctx.string('featureSet') ?? 'ALL';
    if (featureSet !== 'ALL') return ctx.fail(`The organisation runs with the ${featureSet} feature set only, without SCPs or delegated administration`, 'featureSet');
    const org = ctx.string('organizationId');
    return ctx.pass(`The account is in organisation ${org ?? '(id not known)'} with all features enabled`, 'featureSet');
  },
});
