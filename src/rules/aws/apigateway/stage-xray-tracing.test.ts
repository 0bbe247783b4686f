import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './stage-xray-tracing.js';

const T = 'aws.apigateway.stage';

testRule(rule, {
  fail: [
    { name: 'off', resource: liveResource(T, 's1', { apiKind: 'rest', tracingEnabled: false }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', { apiKind: 'rest' }) },
  ],
  pass: [{ name: 'on', resource: liveResource(T, 's2', { apiKind: 'rest', tracingEnabled: true }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 's3', { apiKind: 'rest', tracingEnabled: unknownAttr('apigateway:GET') }), cause: 'apigateway:GET' },
    { name: 'not collected', resource: liveResource(T, 's4', { apiKind: 'rest' }), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { apiKind: 'rest', tracingEnabled: unresolvedAttr('var.tracing') }), cause: 'var.tracing' },
  ],
  notApplicable: [{ name: 'HTTP API', resource: liveResource(T, 's5', { apiKind: 'v2' }) }],
});
