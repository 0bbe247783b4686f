import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-performance-insights-customer-key.js';

const T = 'aws.rds.db-instance';

testRule(rule, {
  fail: [
    { name: 'enabled without a key', resource: iacResource(T, 'tf', { performanceInsightsEnabled: true }), message: 'aws/rds' },
    { name: 'empty key', resource: iacResource(T, 'tf2', { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: '' }) },
    { name: 'AWS managed alias', resource: liveResource(T, 'db1', { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:alias/aws/rds' }) },
  ],
  pass: [
    { name: 'customer key', resource: liveResource(T, 'db2', { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }) },
  ],
  unknown: [
    { name: 'key unreadable', resource: liveResource(T, 'db3', { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: unknownAttr('rds:DescribeDBInstances') }), cause: 'rds:DescribeDBInstances' },
    { name: 'flag not collected', resource: liveResource(T, 'db4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { performanceInsightsEnabled: unresolvedAttr('var.pi') }), cause: 'var.pi' },
  ],
  notApplicable: [{ name: 'Performance Insights off', resource: iacResource(T, 'tf4', { performanceInsightsEnabled: false }) }],
});
