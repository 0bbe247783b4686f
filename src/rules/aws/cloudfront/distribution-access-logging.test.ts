import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './distribution-access-logging.js';

const T = 'aws.cloudfront.distribution';

testRule(rule, {
  fail: [
    { name: 'off', resource: liveResource(T, 'd1', { loggingEnabled: false }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'on', resource: liveResource(T, 'd2', { loggingEnabled: true }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd3', { loggingEnabled: unknownAttr('cloudfront:GetDistributionConfig') }), cause: 'cloudfront:GetDistributionConfig' },
    { name: 'not collected', resource: liveResource(T, 'd4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { loggingEnabled: unresolvedAttr('var.logging') }), cause: 'var.logging' },
  ],
});
