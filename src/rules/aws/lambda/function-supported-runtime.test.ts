import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './function-supported-runtime.js';

const T = 'aws.lambda.function';

testRule(rule, {
  fail: [
    { name: 'python2.7', resource: liveResource(T, 'f1', { packageType: 'Zip', runtime: 'python2.7' }), message: 'deprecated since 2021' },
    { name: 'IaC nodejs12.x', resource: iacResource(T, 'tf', { runtime: 'nodejs12.x' }, { location: { file: 'f.tf', line: 1 }, attributeLines: { runtime: { file: 'f.tf', line: 6 } } }), line: 6 },
  ],
  pass: [
    { name: 'python3.13', resource: liveResource(T, 'f2', { packageType: 'Zip', runtime: 'python3.13' }) },
    { name: 'IaC nodejs22.x', resource: iacResource(T, 'tf2', { runtime: 'nodejs22.x' }) },
  ],
  unknown: [
    { name: 'GetFunction denied', resource: liveResource(T, 'f3', { packageType: 'Zip', runtime: unknownAttr('lambda:GetFunctionConfiguration') }), cause: 'lambda:GetFunctionConfiguration' },
    { name: 'not collected', resource: liveResource(T, 'f4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { runtime: unresolvedAttr('var.runtime') }), cause: 'var.runtime' },
  ],
  notApplicable: [{ name: 'container image', resource: liveResource(T, 'f5', { packageType: 'Image' }) }],
});
