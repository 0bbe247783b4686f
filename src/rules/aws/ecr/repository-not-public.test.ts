import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './repository-not-public.js';

const T = 'aws.ecr.repository';

testRule(rule, {
  fail: [
    { name: 'principal star', resource: liveResource(T, 'r1', { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] } }), message: 'public' },
    { name: 'IaC AWS star', resource: iacResource(T, 'tf', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['ecr:PutImage'] }] } }) },
  ],
  pass: [
    { name: 'no policy', resource: iacResource(T, 'tf2', {}) },
    { name: 'named account', resource: liveResource(T, 'r2', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'ecr:BatchGetImage' }] } }) },
    { name: 'star limited to the organisation', resource: liveResource(T, 'r3', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] } }), message: 'limits' },
  ],
  unknown: [
    { name: 'GetRepositoryPolicy denied', resource: liveResource(T, 'r4', { policy: unknownAttr('ecr:GetRepositoryPolicy') }), cause: 'ecr:GetRepositoryPolicy' },
    { name: 'not collected', resource: liveResource(T, 'r5', {}), cause: 'not collected' },
    { name: 'IaC policy from a variable', resource: iacResource(T, 'tf3', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
