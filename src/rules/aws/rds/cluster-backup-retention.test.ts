import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-backup-retention.js';

const T = 'aws.rds.cluster';

testRule(rule, {
  fail: [
    { name: 'one day', resource: liveResource(T, 'c1', { backupRetentionPeriod: 1 }), message: 'fewer than 7' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}), message: '1 day' },
  ],
  pass: [
    { name: 'fourteen days', resource: liveResource(T, 'c2', { backupRetentionPeriod: 14 }) },
    { name: 'IaC seven days', resource: iacResource(T, 'tf2', { backupRetentionPeriod: 7 }) },
  ],
  unknown: [
    { name: 'DescribeDBClusters denied', resource: liveResource(T, 'c3', { backupRetentionPeriod: unknownAttr('rds:DescribeDBClusters') }), cause: 'rds:DescribeDBClusters' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { backupRetentionPeriod: unresolvedAttr('var.days') }), cause: 'var.days' },
  ],
});
