import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-backup-retention.js';

const T = 'aws.rds.db-instance';

testRule(rule, {
  fail: [
    { name: 'backups off', resource: liveResource(T, 'db1', { backupRetentionPeriod: 0 }), message: 'turned off' },
    { name: 'one day of backups', resource: liveResource(T, 'db2', { backupRetentionPeriod: 1 }), message: '1 day,' },
    { name: 'IaC default of one day', resource: iacResource(T, 'tf', {}), message: 'fewer than 7' },
    { name: 'IaC five days points at the line', resource: iacResource(T, 'tf2', { backupRetentionPeriod: 5 }, { location: { file: 'db.tf', line: 1 }, attributeLines: { backupRetentionPeriod: { file: 'db.tf', line: 9 } } }), line: 9 },
  ],
  pass: [
    { name: 'a week of backups', resource: liveResource(T, 'db3', { backupRetentionPeriod: 7 }) },
    { name: 'IaC 35 days', resource: iacResource(T, 'tf3', { backupRetentionPeriod: 35 }) },
  ],
  unknown: [
    { name: 'DescribeDBInstances denied', resource: liveResource(T, 'db4', { backupRetentionPeriod: unknownAttr('rds:DescribeDBInstances') }), cause: 'rds:DescribeDBInstances' },
    { name: 'not collected', resource: liveResource(T, 'db5', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf4', { backupRetentionPeriod: unresolvedAttr('var.retention') }), cause: 'var.retention' },
  ],
  notApplicable: [{ name: 'Aurora instance', resource: liveResource(T, 'db6', { clusterIdentifier: 'aurora-1', backupRetentionPeriod: 1 }) }],
});
