import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './permission-source-restricted.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [
    { name: 'SNS without source', resource: liveResource(T, 'f1', { policy: { Statement: [{ Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction' }] } }), message: 'sns.amazonaws.com (sns)' },
  ],
  pass: [
    { name: 'S3 with source ARN', resource: liveResource(T, 'f2', { policy: { Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::b' } } }] } }) },
  ],
  unknown: [
    { name: 'GetPolicy denied', resource: liveResource(T, 'f3', { policy: unknownAttr('lambda:GetPolicy') }), cause: 'lambda:GetPolicy' },
    { name: 'not collected', resource: liveResource(T, 'f4', {}), cause: 'not collected' },
    { name: 'IaC policy from a variable', resource: iacResource(T, 'tf', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
  notApplicable: [
    { name: 'no policy', resource: iacResource(T, 'tf2', {}) },
    { name: 'account principal only', resource: liveResource(T, 'f5', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'lambda:InvokeFunction' }] } }) },
  ],
});
