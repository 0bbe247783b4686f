import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './kms-encryption.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'no key on a live trail', resource: liveResource(T, 'plain', { kmsKeyId: null }), message: 'does not encrypt' },
    { name: 'IaC trail without a key', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'customer managed key', resource: liveResource(T, 'kms', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234' }), message: 'key/1234' }],
  unknown: [
    { name: 'DescribeTrails denied', resource: liveResource(T, 'denied', { kmsKeyId: unknownAttr('cloudtrail:DescribeTrails') }), cause: 'cloudtrail:DescribeTrails' },
    { name: 'key from another module', resource: iacResource(T, 'var', { kmsKeyId: unresolvedAttr('module.kms.arn') }), cause: 'module.kms.arn' },
  ],
});
