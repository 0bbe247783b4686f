import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-environment-customer-key.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [{ name: 'default key', resource: iacResource(T, 'tf', { environmentVariableNames: ['TABLE'] }), message: 'aws/lambda' }],
  pass: [{ name: 'customer key', resource: liveResource(T, 'f1', { environmentVariableNames: ['TABLE'], kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/k9' }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'f2', { environmentVariableNames: ['TABLE'], kmsKeyArn: unknownAttr('lambda:GetFunctionConfiguration') }), cause: 'lambda:GetFunctionConfiguration' },
    { name: 'not collected', resource: liveResource(T, 'f3', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { environmentVariableNames: ['TABLE'], kmsKeyArn: unresolvedAttr('var.key') }), cause: 'var.key' },
  ],
  notApplicable: [{ name: 'no variables', resource: iacResource(T, 'tf3', {}) }],
});
