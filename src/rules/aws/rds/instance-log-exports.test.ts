import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-log-exports.js';

const T = 'aws.rds.db-instance';

testRule(rule, {
  fail: [
    { name: 'no exports', resource: liveResource(T, 'db1', { engine: 'postgres', enabledCloudwatchLogsExports: [] }), message: 'no logs' },
    { name: 'IaC default', resource: iacResource(T, 'tf', { engine: 'mysql' }), message: 'mysql' },
  ],
  pass: [
    { name: 'postgres log exported', resource: liveResource(T, 'db2', { engine: 'postgres', enabledCloudwatchLogsExports: ['postgresql', 'upgrade'] }), message: 'postgresql', tolerateUnknown: { engine: 'only narrows which exports count' } },
    { name: 'unknown engine with any export', resource: iacResource(T, 'tf2', { enabledCloudwatchLogsExports: ['error'] }) },
  ],
  unknown: [
    { name: 'DescribeDBInstances denied', resource: liveResource(T, 'db3', { engine: 'mysql', enabledCloudwatchLogsExports: unknownAttr('rds:DescribeDBInstances') }), cause: 'rds:DescribeDBInstances' },
    { name: 'not collected', resource: liveResource(T, 'db4', { engine: 'mysql' }), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { enabledCloudwatchLogsExports: unresolvedAttr('var.logs') }), cause: 'var.logs' },
  ],
  notApplicable: [{ name: 'Aurora instance', resource: liveResource(T, 'db5', { clusterIdentifier: 'aurora-1', enabledCloudwatchLogsExports: [] }) }],
});
