import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './aggregator-all-regions.js';

const T = 'aws.config.aggregator';
testRule(rule, {
  fail: [
    { name: 'account source with a region list', resource: liveResource(T, 'list', { accountSources: [{ accountIds: ['123456789012'], allRegions: false, regions: ['us-west-2'] }], organizationSource: null }), message: 'account source 1' },
    { name: 'organisation source with a region list', resource: liveResource(T, 'org', { accountSources: [], organizationSource: { allRegions: false, regions: ['eu-west-1'] } }), message: 'organisation' },
    { name: 'IaC aggregator without sources', resource: iacResource(T, 'tf', {}), message: 'no source' },
  ],
  pass: [
    { name: 'account source for all regions', resource: liveResource(T, 'all', { accountSources: [{ accountIds: ['123456789012'], allRegions: true }], organizationSource: null }) },
    { name: 'IaC organisation source for all regions', resource: iacResource(T, 'tf-org', { organizationSource: { allRegions: true } }) },
  ],
  unknown: [
    { name: 'DescribeConfigurationAggregators denied', resource: liveResource(T, 'denied', { accountSources: unknownAttr('config:DescribeConfigurationAggregators'), organizationSource: null }), cause: 'config:DescribeConfigurationAggregators' },
    { name: 'organisation source not collected', resource: liveResource(T, 'gap', { accountSources: [] }), cause: 'not collected' },
  ],
});
