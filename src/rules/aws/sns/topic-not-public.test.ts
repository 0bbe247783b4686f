import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './topic-not-public.js';

const T = 'aws.sns.topic';

testRule(rule, {
  fail: [{ name: 'principal star', resource: liveResource(T, 'r1', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish' }] } }), message: 'public' }],
  pass: [
    { name: 'no policy', resource: iacResource(T, 'tf', {}) },
    { name: 'star limited to a source ARN', resource: liveResource(T, 'r2', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } }] } }), message: 'limits' },
    { name: 'named account', resource: liveResource(T, 'r3', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sns:Publish' }] } }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'r4', { policy: unknownAttr('sns:GetTopicAttributes') }), cause: 'sns:GetTopicAttributes' },
    { name: 'not collected', resource: liveResource(T, 'r5', {}), cause: 'not collected' },
    { name: 'IaC policy from a variable', resource: iacResource(T, 'tf2', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
