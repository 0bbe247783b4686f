import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-tracing.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [
    { name: 'pass through', resource: liveResource(T, 'f1', { tracingMode: 'PassThrough' }), message: 'PassThrough' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'active', resource: liveResource(T, 'f2', { tracingMode: 'Active' }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'f3', { tracingMode: unknownAttr('lambda:GetFunctionConfiguration') }), cause: 'lambda:GetFunctionConfiguration' },
    { name: 'not collected', resource: liveResource(T, 'f4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { tracingMode: unresolvedAttr('var.mode') }), cause: 'var.mode' },
  ],
});
