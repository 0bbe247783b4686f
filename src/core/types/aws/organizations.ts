import type { ResourceTypeDef } from '../../resource.js';
import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const organizationsAccount = defineResourceType({
  type: 'aws.organizations.account',
  provider: 'aws',
  service: 'organizations',
  description:
    'The scanned account as AWS Organizations sees it: whether it belongs to an organisation, with which feature set, ' +
    'whether it is the management account, and (readable only from the management account or a delegated administrator) ' +
    'the policy types enabled on the root and the service control policies with their targets.',
  aliases: ['aws_organizations_organization', 'AWS::Organizations::Organization', 'organizations_organization'],
  attributes: {
    inOrganization: a.bool('The account is a member (or the management account) of an organisation', {
      default: false,
      defaultNote: 'An account stands alone until it creates or joins an organisation',
    }),
    organizationId: a.string('Organisation id (o-...)'),
    featureSet: a.enum(['ALL', 'CONSOLIDATED_BILLING'] as const, 'Feature set of the organisation', {
      default: 'ALL',
      defaultNote: 'A new organisation is created with all features unless consolidated billing only is asked for',
    }),
    managementAccountId: a.string('Id of the management account of the organisation'),
    isManagementAccount: a.bool('The scanned account is the management account'),
    enabledPolicyTypes: a.list(a.string('policy type, e.g. SERVICE_CONTROL_POLICY'), 'Policy types enabled on the organisation root', {
      default: [],
      defaultNote: 'No policy type is enabled on a new root',
    }),
    serviceControlPolicies: a.list(
      a.object(
        {
          id: a.string('Policy id (p-...)'),
          name: a.string('Policy name'),
          awsManaged: a.bool('Managed by AWS (FullAWSAccess) rather than written by the organisation', { default: false }),
          document: a.json('Policy document'),
          targets: a.list(
            a.object({ id: a.string('Target id (root, OU or account id)'), type: a.string('ROOT, ORGANIZATIONAL_UNIT or ACCOUNT') }, 'One target'),
            'Roots, OUs and accounts the policy is attached to',
            { default: [] },
          ),
        },
        'One service control policy',
      ),
      'Service control policies of the organisation',
      { default: [], defaultNote: 'Only the AWS managed FullAWSAccess policy exists until others are created' },
    ),
  },
});

/** Resource types of this area, registered in AWS_RESOURCE_TYPES. */
export const ORGANIZATIONS_TYPES: readonly ResourceTypeDef[] = [organizationsAccount];
