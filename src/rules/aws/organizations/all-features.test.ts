import { absentAttr, iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './all-features.js';

const T = 'aws.organizations.account';
testRule(rule, {
  fail: [
    { name: 'stand-alone account', resource: liveResource(T, 'alone', { inOrganization: false, organizationId: absentAttr, featureSet: absentAttr }), message: 'no AWS organisation' },
    { name: 'billing-only organisation', resource: liveResource(T, 'billing', { inOrganization: true, organizationId: 'o-abc', featureSet: 'CONSOLIDATED_BILLING' }), message: 'CONSOLIDATED_BILLING' },
    { name: 'IaC organisation with consolidated billing', resource: iacResource(T, 'tf', { inOrganization: true, featureSet: 'CONSOLIDATED_BILLING' }) },
  ],
  pass: [
    { name: 'member of an all-features organisation', resource: liveResource(T, 'member', { inOrganization: true, organizationId: 'o-abc', featureSet: 'ALL', isManagementAccount: false }), message: 'o-abc' },
    { name: 'IaC organisation with the default feature set', resource: iacResource(T, 'tf-default', { inOrganization: true }) },
  ],
  unknown: [
    { name: 'DescribeOrganization denied', resource: liveResource(T, 'denied', { inOrganization: unknownAttr('organizations:DescribeOrganization'), featureSet: unknownAttr('organizations:DescribeOrganization') }), cause: 'organizations:DescribeOrganization' },
    { name: 'not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
