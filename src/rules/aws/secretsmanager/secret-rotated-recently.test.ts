import { liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './secret-rotated-recently.js';

const T = 'aws.secretsmanager.secret';

testRule(rule, {
  fail: [
    { name: 'rotated a year ago', resource: liveResource(T, 's1', { lastRotatedDate: new Date(Date.now() - 365 * 86400000).toISOString() }), message: 'last rotated 365 days ago' },
    { name: 'never rotated, old', resource: liveResource(T, 's2', { lastRotatedDate: null, createdDate: '2020-01-01T00:00:00Z' }), message: 'never rotated' },
  ],
  pass: [
    { name: 'rotated last week', resource: liveResource(T, 's3', { lastRotatedDate: new Date(Date.now() - 7 * 86400000).toISOString() }) },
    { name: 'new secret never rotated', resource: liveResource(T, 's4', { lastRotatedDate: null, createdDate: new Date(Date.now() - 3 * 86400000).toISOString() }) },
  ],
  unknown: [
    { name: 'DescribeSecret denied', resource: liveResource(T, 's5', { lastRotatedDate: unknownAttr('secretsmanager:DescribeSecret') }), cause: 'secretsmanager:DescribeSecret' },
    { name: 'not collected', resource: liveResource(T, 's6', {}), cause: 'not collected' },
  ],
});
