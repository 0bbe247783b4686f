import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './scp-attached.js';

const T = 'aws.organizations.account';
const fullAccess = { id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, targets: [{ id: 'r-1', type: 'ROOT' }] };
const guardRails = (targets: { id: string; type: string }[]) => ({ id: 'p-1', name: 'guard-rails', awsManaged: false, document: { Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }, targets });
const org = { inOrganization: true, organizationId: 'o-abc', featureSet: 'ALL', isManagementAccount: true };

testRule(rule, {
  fail: [
    { name: 'not in an organisation', resource: liveResource(T, 'alone', { inOrganization: false, enabledPolicyTypes: [], serviceControlPolicies: [] }), message: 'no organisation' },
    { name: 'billing-only organisation', resource: liveResource(T, 'billing', { ...org, featureSet: 'CONSOLIDATED_BILLING', enabledPolicyTypes: unknownAttr('organizations:ListRoots') }), message: 'CONSOLIDATED_BILLING' },
    { name: 'SCP type not enabled', resource: liveResource(T, 'off', { ...org, enabledPolicyTypes: ['TAG_POLICY'], serviceControlPolicies: [fullAccess] }), message: 'not enabled' },
    { name: 'only FullAWSAccess', resource: liveResource(T, 'default', { ...org, enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'], serviceControlPolicies: [fullAccess] }), message: 'FullAWSAccess' },
    { name: 'custom SCP left detached', resource: liveResource(T, 'detached', { ...org, enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'], serviceControlPolicies: [fullAccess, guardRails([])] }), message: 'None of the 1' },
    { name: 'IaC organisation without policy types', resource: iacResource(T, 'tf', { inOrganization: true }) },
  ],
  pass: [
    { name: 'custom SCP on the root', resource: liveResource(T, 'good', { ...org, enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'], serviceControlPolicies: [fullAccess, guardRails([{ id: 'r-1', type: 'ROOT' }])] }), message: 'guard-rails' },
    { name: 'IaC SCP attached to an OU', resource: iacResource(T, 'tf-good', { inOrganization: true, enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'], serviceControlPolicies: [{ name: 'deny-regions', targets: [{ id: 'ou-1', type: 'ORGANIZATIONAL_UNIT' }] }] }) },
  ],
  unknown: [
    { name: 'member account cannot list roots', resource: liveResource(T, 'member', { ...org, isManagementAccount: false, enabledPolicyTypes: unknownAttr('organizations:ListRoots', 'AccessDeniedException'), serviceControlPolicies: unknownAttr('organizations:ListPolicies', 'AccessDeniedException') }), cause: 'organizations:ListRoots' },
    { name: 'policies not readable', resource: liveResource(T, 'no-policies', { ...org, enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'], serviceControlPolicies: unknownAttr('organizations:ListTargetsForPolicy') }), cause: 'organizations:ListTargetsForPolicy' },
    { name: 'not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
