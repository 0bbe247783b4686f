import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-broker-logging.js';

const T = 'aws.msk.cluster';

testRule(rule, {
  fail: [
    { name: 'all off', resource: liveResource(T, 'c1', { brokerLogs: { cloudWatchLogs: false, firehose: false, s3: false } }) },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'S3', resource: liveResource(T, 'c2', { brokerLogs: { cloudWatchLogs: false, firehose: false, s3: true } }), message: 's3' }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c3', { brokerLogs: unknownAttr('kafka:DescribeClusterV2') }), cause: 'kafka:DescribeClusterV2' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { brokerLogs: unresolvedAttr('var.logs') }), cause: 'var.logs' },
  ],
});
