import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './log-group-kms-encrypted.js';

const T = 'aws.logs.log-group';
testRule(rule, {
  fail: [
    { name: 'no key', resource: liveResource(T, 'app', { kmsKeyId: null }), message: 'service key' },
    { name: 'IaC group without a key', resource: iacResource(T, 'tf', {}) },
    { name: 'empty key string', resource: iacResource(T, 'empty', { kmsKeyId: '' }) },
  ],
  pass: [{ name: 'customer managed key', resource: liveResource(T, 'enc', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1111' }), message: 'key/1111' }],
  unknown: [
    { name: 'DescribeLogGroups denied', resource: liveResource(T, 'denied', { kmsKeyId: unknownAttr('logs:DescribeLogGroups') }), cause: 'logs:DescribeLogGroups' },
    { name: 'key from another module', resource: iacResource(T, 'mod', { kmsKeyId: unresolvedAttr('module.kms.key_arn') }), cause: 'module.kms' },
  ],
});
