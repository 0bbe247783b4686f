import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-log-exports.js';

const T = 'aws.rds.cluster';

testRule(rule, {
  fail: [
    { name: 'neptune with only debug', resource: iacResource(T, 'n1', { engine: 'neptune', enabledCloudwatchLogsExports: ['debug'] }), message: 'none of the useful' },
    { name: 'docdb without exports', resource: liveResource(T, 'd1', { engine: 'docdb', enabledCloudwatchLogsExports: [] }), message: 'no logs' },
  ],
  pass: [
    { name: 'docdb profiler', resource: liveResource(T, 'd2', { engine: 'docdb', enabledCloudwatchLogsExports: ['profiler'] }), tolerateUnknown: { engine: 'only narrows which exports count' } },
    { name: 'aurora postgres', resource: iacResource(T, 'a1', { engine: 'aurora-postgresql', enabledCloudwatchLogsExports: ['postgresql'] }), tolerateUnknown: { engine: 'only narrows which exports count' } },
  ],
  unknown: [
    { name: 'DescribeDBClusters denied', resource: liveResource(T, 'c3', { engine: 'docdb', enabledCloudwatchLogsExports: unknownAttr('rds:DescribeDBClusters') }), cause: 'rds:DescribeDBClusters' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { enabledCloudwatchLogsExports: unresolvedAttr('var.logs') }), cause: 'var.logs' },
  ],
});
