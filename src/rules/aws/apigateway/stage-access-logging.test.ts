import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './stage-access-logging.js';

const T = 'aws.apigateway.stage';

testRule(rule, {
  fail: [
    { name: 'off', resource: liveResource(T, 's1', { apiKind: 'rest', accessLogDestinationArn: null }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', { apiKind: 'v2' }) },
  ],
  pass: [{ name: 'on', resource: liveResource(T, 's2', { apiKind: 'rest', accessLogDestinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api' }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 's3', { accessLogDestinationArn: unknownAttr('apigateway:GET') }), cause: 'apigateway:GET' },
    { name: 'not collected', resource: liveResource(T, 's4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { accessLogDestinationArn: unresolvedAttr('var.log_group') }), cause: 'var.log_group' },
  ],
});
