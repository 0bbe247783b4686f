import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-no-initial-access-key.js';
import { USER, key } from './user-test-helpers.js';

testRule(rule, {
  fail: [{ name: 'console user with a never used key', resource: liveResource(USER, 'u1', { consoleAccess: true, accessKeys: [key('AKIA...0001', 'Active', 3)] }), message: 'never been used' }],
  pass: [
    { name: 'console user whose key is used', resource: liveResource(USER, 'u2', { consoleAccess: true, accessKeys: [key('AKIA...0002', 'Active', 30, 1)] }) },
    { name: 'console user without keys', resource: liveResource(USER, 'u3', { consoleAccess: true, accessKeys: [] }) },
  ],
  notApplicable: [
    { name: 'programmatic user', resource: liveResource(USER, 'u4', { consoleAccess: false, accessKeys: [key('AKIA...0004', 'Active', 3)] }) },
    { name: 'IaC user', resource: iacResource(USER, 'u5', {}) },
  ],
  unknown: [
    { name: 'last used unknown', resource: liveResource(USER, 'u6', { consoleAccess: true, accessKeys: unknownAttr('iam:GetAccessKeyLastUsed') }), cause: 'iam:GetAccessKeyLastUsed' },
    { name: 'login profile unknown', resource: liveResource(USER, 'u7', { consoleAccess: unknownAttr('iam:GetLoginProfile') }), cause: 'iam:GetLoginProfile' },
  ],
});
