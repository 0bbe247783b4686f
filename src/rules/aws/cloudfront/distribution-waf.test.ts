import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './distribution-waf.js';

const T = 'aws.cloudfront.distribution';

testRule(rule, {
  fail: [
    { name: 'no web ACL', resource: liveResource(T, 'd1', { webAclId: '' }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'web ACL', resource: liveResource(T, 'd2', { webAclId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1' }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'd3', { webAclId: unknownAttr('cloudfront:GetDistributionConfig') }), cause: 'cloudfront:GetDistributionConfig' },
    { name: 'not collected', resource: liveResource(T, 'd4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { webAclId: unresolvedAttr('var.acl') }), cause: 'var.acl' },
  ],
});
