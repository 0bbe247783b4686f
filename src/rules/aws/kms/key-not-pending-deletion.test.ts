import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './key-not-pending-deletion.js';

const K = 'aws.kms.key';

testRule(rule, {
  fail: [{ name: 'key pending deletion', resource: liveResource(K, 'k1', { keyManager: 'CUSTOMER', keyState: 'PendingDeletion' }), message: 'scheduled for deletion' }],
  pass: [
    { name: 'enabled key', resource: liveResource(K, 'k2', { keyManager: 'CUSTOMER', keyState: 'Enabled' }) },
    { name: 'disabled key', resource: liveResource(K, 'k3', { keyManager: 'CUSTOMER', keyState: 'Disabled' }) },
  ],
  notApplicable: [
    { name: 'IaC key', resource: iacResource(K, 'k4', {}) },
    { name: 'AWS managed key', resource: liveResource(K, 'k5', { keyManager: 'AWS', keyState: 'Enabled' }) },
  ],
  unknown: [{ name: 'DescribeKey denied', resource: liveResource(K, 'k6', { keyManager: 'CUSTOMER', keyState: unknownAttr('kms:DescribeKey') }), cause: 'kms:DescribeKey' }],
});
