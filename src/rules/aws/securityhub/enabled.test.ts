import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './enabled.js';

const T = 'aws.securityhub.region';
testRule(rule, {
  fail: [{ name: 'not subscribed', resource: liveResource(T, 'us-east-1', { enabled: false }), message: 'not enabled' }],
  pass: [
    { name: 'enabled', resource: liveResource(T, 'eu-west-1', { enabled: true, hubArn: 'arn:aws:securityhub:eu-west-1:123456789012:hub/default' }) },
    { name: 'IaC account resource', resource: iacResource(T, 'tf', { enabled: true }) },
  ],
  unknown: [
    { name: 'DescribeHub denied', resource: liveResource(T, 'denied', { enabled: unknownAttr('securityhub:DescribeHub') }), cause: 'securityhub:DescribeHub' },
    { name: 'not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
