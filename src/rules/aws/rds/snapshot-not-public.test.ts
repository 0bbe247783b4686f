import { liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './snapshot-not-public.js';

const T = 'aws.rds.snapshot';

testRule(rule, {
  fail: [{ name: 'shared with all', resource: liveResource(T, 's1', { restoreAccountIds: ['all'] }), message: 'public' }],
  pass: [
    { name: 'not shared', resource: liveResource(T, 's2', { restoreAccountIds: [] }), message: 'not shared' },
    { name: 'shared with one account', resource: liveResource(T, 's3', { restoreAccountIds: ['210987654321'] }), message: '1 named account' },
  ],
  unknown: [
    { name: 'DescribeDBSnapshotAttributes denied', resource: liveResource(T, 's4', { restoreAccountIds: unknownAttr('rds:DescribeDBSnapshotAttributes') }), cause: 'rds:DescribeDBSnapshotAttributes' },
    { name: 'not collected', resource: liveResource(T, 's5', {}), cause: 'not collected' },
  ],
});
