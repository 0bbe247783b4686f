import { liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './snapshot-not-public.js';

const T = 'aws.ec2.snapshot';
testRule(rule, {
  fail: [{ name: 'shared with all', resource: liveResource(T, 'snap-pub', { public: true }), message: 'Any AWS account' }],
  pass: [
    { name: 'private', resource: liveResource(T, 'snap-priv', { public: false }) },
    { name: 'shared with one account only', resource: liveResource(T, 'snap-shared', { public: false, sharedWithAccounts: ['210987654321'] }) },
  ],
  unknown: [
    { name: 'DescribeSnapshotAttribute denied', resource: liveResource(T, 'denied', { public: unknownAttr('ec2:DescribeSnapshotAttribute') }), cause: 'ec2:DescribeSnapshotAttribute' },
    { name: 'permission not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
