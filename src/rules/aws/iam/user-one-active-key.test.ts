import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-one-active-key.js';
import { USER, denied, key } from './user-test-helpers.js';

testRule(rule, {
  fail: [{ name: 'two active keys', resource: liveResource(USER, 'u1', { accessKeys: [key('AKIA...0001', 'Active', 10), key('AKIA...0002', 'Active', 5)] }), message: '2 active access keys' }],
  pass: [
    { name: 'one active, one inactive', resource: liveResource(USER, 'u2', { accessKeys: [key('AKIA...0003', 'Active', 10), key('AKIA...0004', 'Inactive', 50)] }) },
    { name: 'no keys', resource: liveResource(USER, 'u3', { accessKeys: [] }) },
  ],
  notApplicable: [{ name: 'IaC user', resource: iacResource(USER, 'u4', {}) }],
  unknown: [
    { name: 'ListAccessKeys denied', resource: liveResource(USER, 'u5', { accessKeys: unknownAttr('iam:ListAccessKeys') }), cause: 'iam:ListAccessKeys' },
    { name: 'status unreadable', resource: liveResource(USER, 'u6', { accessKeys: [{ id: 'AKIA...0006', status: denied('iam:ListAccessKeys') }, key('AKIA...0007', 'Active', 1)] }), cause: 'iam:ListAccessKeys' },
  ],
});
