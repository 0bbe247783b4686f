import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './queue-not-public.js';

const T = 'aws.sqs.queue';

testRule(rule, {
  fail: [{ name: 'principal star', resource: liveResource(T, 'r1', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }] } }), message: 'public' }],
  pass: [
    { name: 'no policy', resource: iacResource(T, 'tf', {}) },
    { name: 'star limited to a source ARN', resource: liveResource(T, 'r2', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } }] } }), message: 'limits' },
    { name: 'named account', resource: liveResource(T, 'r3', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:SendMessage' }] } }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'r4', { policy: unknownAttr('sqs:GetQueueAttributes') }), cause: 'sqs:GetQueueAttributes' },
    { name: 'not collected', resource: liveResource(T, 'r5', {}), cause: 'not collected' },
    { name: 'IaC policy from a variable', resource: iacResource(T, 'tf2', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
