import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-not-public.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [
    { name: 'any principal invokes', resource: liveResource(T, 'f1', { policy: { Version: '2012-10-17', Statement: [{ Sid: 'open', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f1' }] } }), message: 'public' },
  ],
  pass: [
    { name: 'no policy', resource: iacResource(T, 'tf', {}) },
    { name: 'service principal with source ARN', resource: liveResource(T, 'f2', { policy: { Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } }] } }) },
    { name: 'star limited to a source account', resource: liveResource(T, 'f3', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' } } }] } }), message: 'limits' },
  ],
  unknown: [
    { name: 'GetPolicy denied', resource: liveResource(T, 'f4', { policy: unknownAttr('lambda:GetPolicy') }), cause: 'lambda:GetPolicy' },
    { name: 'not collected', resource: liveResource(T, 'f5', {}), cause: 'not collected' },
    { name: 'IaC policy from a variable', resource: iacResource(T, 'tf2', { policy: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
