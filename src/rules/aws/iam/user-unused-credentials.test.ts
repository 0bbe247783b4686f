import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-unused-credentials.js';
import { USER, ago, key } from './user-test-helpers.js';

testRule(rule, {
  fail: [
    { name: 'console password unused for 100 days', resource: liveResource(USER, 'u1', { consoleAccess: true, passwordLastUsed: ago(100), accessKeys: [] }), message: 'console password unused' },
    { name: 'active key never used, created 60 days ago', resource: liveResource(USER, 'u2', { consoleAccess: false, accessKeys: [key('AKIA...0002', 'Active', 60)] }), message: 'unused for 60 days' },
  ],
  pass: [
    { name: 'recently used password and key', resource: liveResource(USER, 'u3', { consoleAccess: true, passwordLastUsed: ago(2), accessKeys: [key('AKIA...0003', 'Active', 300, 3)] }) },
    { name: 'stale key is already inactive', resource: liveResource(USER, 'u4', { consoleAccess: false, accessKeys: [key('AKIA...0004', 'Inactive', 300)] }) },
  ],
  notApplicable: [{ name: 'IaC user', resource: iacResource(USER, 'u5', {}) }],
  unknown: [
    { name: 'login profile unreadable', resource: liveResource(USER, 'u6', { consoleAccess: unknownAttr('iam:GetLoginProfile'), accessKeys: [] }), cause: 'iam:GetLoginProfile' },
    { name: 'credential report missing', resource: liveResource(USER, 'u7', { consoleAccess: true, passwordLastUsed: unknownAttr('iam:GetCredentialReport'), accessKeys: [] }), cause: 'iam:GetCredentialReport' },
  ],
});
