import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './distribution-https-only.js';

const T = 'aws.cloudfront.distribution';

testRule(rule, {
  fail: [
    { name: 'default allow-all', resource: liveResource(T, 'd1', { viewerProtocolPolicies: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all' }] }), message: 'Cache behaviour * serves plain HTTP' },
    { name: 'ordered allow-all', resource: iacResource(T, 'tf', { viewerProtocolPolicies: [{ pathPattern: '*', viewerProtocolPolicy: 'https-only' }, { pathPattern: '/img/*', viewerProtocolPolicy: 'allow-all' }] }), message: '/img/*' },
  ],
  pass: [{ name: 'redirect', resource: liveResource(T, 'd2', { viewerProtocolPolicies: [{ pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' }] }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd3', { viewerProtocolPolicies: unknownAttr('cloudfront:GetDistributionConfig') }), cause: 'cloudfront:GetDistributionConfig' },
    { name: 'not collected', resource: liveResource(T, 'd4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { viewerProtocolPolicies: unresolvedAttr('var.policy') }), cause: 'var.policy' },
  ],
});
