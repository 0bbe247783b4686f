import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cloudwatch-logs.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'no log group', resource: liveResource(T, 'none', { cloudWatchLogsLogGroupArn: null }), message: 'does not deliver' },
    { name: 'IaC trail without a log group', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'log group configured', resource: liveResource(T, 'cw', { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:*' }) },
    {
      name: 'IaC trail related to a log group in the same configuration',
      resource: { ...iacResource(T, 'tf-rel', {}), relationships: [{ kind: 'delivers-to-log-group', target: 'iac:aws_cloudwatch_log_group.trail' }] },
    },
  ],
  unknown: [{ name: 'DescribeTrails denied', resource: liveResource(T, 'denied', { cloudWatchLogsLogGroupArn: unknownAttr('cloudtrail:DescribeTrails') }), cause: 'cloudtrail:DescribeTrails' }],
});
