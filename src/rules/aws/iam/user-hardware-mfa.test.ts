import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './user-hardware-mfa.js';
import { USER, denied } from './user-test-helpers.js';

const dev = (kind: string) => ({ serialNumber: `arn:aws:iam::123456789012:mfa/${kind}`, kind });

testRule(rule, {
  fail: [
    { name: 'virtual device only', resource: liveResource(USER, 'u1', { consoleAccess: true, mfaDevices: [dev('virtual')] }), message: 'only has a virtual' },
    { name: 'no device', resource: liveResource(USER, 'u2', { consoleAccess: true, mfaDevices: [] }), message: 'no MFA device' },
  ],
  pass: [
    { name: 'passkey', resource: liveResource(USER, 'u3', { consoleAccess: true, mfaDevices: [dev('virtual'), dev('passkey')] }) },
    { name: 'hardware token', resource: liveResource(USER, 'u4', { consoleAccess: true, mfaDevices: [dev('hardware')] }) },
  ],
  notApplicable: [
    { name: 'programmatic user', resource: liveResource(USER, 'u5', { consoleAccess: false }) },
    { name: 'IaC user', resource: iacResource(USER, 'u6', {}) },
  ],
  unknown: [
    { name: 'ListMFADevices denied', resource: liveResource(USER, 'u7', { consoleAccess: true, mfaDevices: unknownAttr('iam:ListMFADevices') }), cause: 'iam:ListMFADevices' },
    { name: 'virtual device next to an unreadable one', resource: liveResource(USER, 'u8', { consoleAccess: true, mfaDevices: [dev('virtual'), denied('iam:ListVirtualMFADevices')] }), cause: 'iam:ListVirtualMFADevices' },
  ],
});
