import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './domain-in-vpc.js';

const T = 'aws.opensearch.domain';

testRule(rule, {
  fail: [
    { name: 'public endpoint', resource: liveResource(T, 'd1', { vpcSubnetIds: [] }), message: 'public' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'VPC', resource: liveResource(T, 'd2', { vpcSubnetIds: ['subnet-1', 'subnet-2'] }), message: '2 subnets' }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd3', { vpcSubnetIds: unknownAttr('es:DescribeDomain') }), cause: 'es:DescribeDomain' },
    { name: 'not collected', resource: liveResource(T, 'd4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { vpcSubnetIds: unresolvedAttr('var.subnets') }), cause: 'var.subnets' },
  ],
});
