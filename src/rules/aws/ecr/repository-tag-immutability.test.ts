import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './repository-tag-immutability.js';

const T = 'aws.ecr.repository';

testRule(rule, {
  fail: [
    { name: 'mutable', resource: liveResource(T, 'r1', { imageTagMutability: 'MUTABLE' }), message: 'overwritten' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'immutable', resource: liveResource(T, 'r2', { imageTagMutability: 'IMMUTABLE' }) },
    { name: 'immutable with exclusions', resource: iacResource(T, 'tf2', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }), message: 'excluded' },
  ],
  unknown: [
    { name: 'DescribeRepositories denied', resource: liveResource(T, 'r3', { imageTagMutability: unknownAttr('ecr:DescribeRepositories') }), cause: 'ecr:DescribeRepositories' },
    { name: 'not collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { imageTagMutability: unresolvedAttr('var.mutability') }), cause: 'var.mutability' },
  ],
});
