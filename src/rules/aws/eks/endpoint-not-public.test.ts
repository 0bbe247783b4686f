import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './endpoint-not-public.js';

const T = 'aws.eks.cluster';

testRule(rule, {
  fail: [
    { name: 'public to the world', resource: liveResource(T, 'c1', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }), message: '0.0.0.0/0' },
    { name: 'IaC defaults', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'private', resource: liveResource(T, 'c2', { endpointPublicAccess: false }) },
    { name: 'restricted public', resource: iacResource(T, 'tf2', { endpointPublicAccess: true, publicAccessCidrs: ['10.2.0.0/8'] }), message: '10.2.0.0/8' },
  ],
  unknown: [
    { name: 'DescribeCluster denied', resource: liveResource(T, 'c3', { endpointPublicAccess: unknownAttr('eks:DescribeCluster') }), cause: 'eks:DescribeCluster' },
    { name: 'CIDRs not collected', resource: liveResource(T, 'c4', { endpointPublicAccess: true }), cause: 'not collected' },
    { name: 'IaC CIDRs from a variable', resource: iacResource(T, 'tf3', { endpointPublicAccess: true, publicAccessCidrs: unresolvedAttr('var.cidrs') }), cause: 'var.cidrs' },
  ],
});
