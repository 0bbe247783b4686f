import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-access-keys-rotated.js';
import { USER, denied, key } from './user-test-helpers.js';

testRule(rule, {
  fail: [{ name: 'active key 200 days old', resource: liveResource(USER, 'u1', { accessKeys: [key('AKIA...0001', 'Active', 200, 1)] }), message: '200 days old' }],
  pass: [
    { name: 'fresh active key', resource: liveResource(USER, 'u2', { accessKeys: [key('AKIA...0002', 'Active', 10, 1)] }) },
    { name: 'old key is inactive', resource: liveResource(USER, 'u3', { accessKeys: [key('AKIA...0003', 'Inactive', 400), key('AKIA...0004', 'Active', 5)] }) },
  ],
  notApplicable: [
    { name: 'no keys', resource: liveResource(USER, 'u4', { accessKeys: [] }) },
    { name: 'IaC user', resource: iacResource(USER, 'u5', {}) },
  ],
  unknown: [
    { name: 'ListAccessKeys denied', resource: liveResource(USER, 'u6', { accessKeys: unknownAttr('iam:ListAccessKeys') }), cause: 'iam:ListAccessKeys' },
    { name: 'creation date unreadable', resource: liveResource(USER, 'u7', { accessKeys: [{ id: 'AKIA...0007', status: 'Active', createdAt: denied('iam:GetCredentialReport') }] }), cause: 'iam:GetCredentialReport' },
  ],
});
