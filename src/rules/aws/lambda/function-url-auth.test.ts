import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-url-auth.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [
    { name: 'auth NONE', resource: liveResource(T, 'f1', { functionUrl: { authType: 'NONE' } }), message: 'NONE' },
    { name: 'IaC URL with NONE points at the line', resource: iacResource(T, 'tf', { functionUrl: { authType: 'NONE' } }, { location: { file: 'f.tf', line: 1 }, attributeLines: { 'functionUrl.authType': { file: 'f.tf', line: 20 } } }), line: 20 },
  ],
  pass: [{ name: 'IAM auth', resource: liveResource(T, 'f2', { functionUrl: { authType: 'AWS_IAM' } }) }],
  unknown: [
    { name: 'GetFunctionUrlConfig denied', resource: liveResource(T, 'f3', { functionUrl: unknownAttr('lambda:GetFunctionUrlConfig') }), cause: 'lambda:GetFunctionUrlConfig' },
    { name: 'not collected', resource: liveResource(T, 'f4', {}), cause: 'not collected' },
    { name: 'IaC auth type from a variable', resource: iacResource(T, 'tf2', { functionUrl: { authType: { $unknown: { kind: 'unresolved', expression: 'var.auth', message: 'var.auth is unknown' } } } }), cause: 'var.auth' },
  ],
  notApplicable: [{ name: 'no URL', resource: liveResource(T, 'f5', { functionUrl: null }) }],
});
