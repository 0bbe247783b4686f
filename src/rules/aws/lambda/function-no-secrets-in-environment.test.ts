import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-no-secrets-in-environment.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [{ name: 'API key', resource: liveResource(T, 'f1', { environmentVariableNames: ['STRIPE_API_KEY', 'LOG_LEVEL'] }), message: 'STRIPE_API_KEY' }],
  pass: [
    { name: 'secret ARN only', resource: liveResource(T, 'f2', { environmentVariableNames: ['DB_SECRET_ARN', 'LOG_LEVEL'] }) },
    { name: 'IaC none', resource: iacResource(T, 'tf', {}) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'f3', { environmentVariableNames: unknownAttr('lambda:GetFunctionConfiguration') }), cause: 'lambda:GetFunctionConfiguration' },
    { name: 'not collected', resource: liveResource(T, 'f4', {}), cause: 'not collected' },
    { name: 'IaC variables from a variable', resource: iacResource(T, 'tf2', { environmentVariableNames: unresolvedAttr('var.env') }), cause: 'var.env' },
  ],
});
