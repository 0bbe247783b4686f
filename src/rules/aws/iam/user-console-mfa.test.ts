import { absentAttr, iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './user-console-mfa.js';

const USER = 'aws.iam.user';
const denied = (operation: string): JsonValue => ({ $unknown: { kind: 'api-error', operation, errorCode: 'AccessDenied', message: `${operation} failed: AccessDenied` } });
const device: JsonValue = { serialNumber: 'arn:aws:iam::123456789012:mfa/alice', kind: 'virtual', enabledAt: '2024-01-01T00:00:00Z' };

testRule(rule, {
  fail: [
    { name: 'console user without MFA', resource: liveResource(USER, 'bob', { consoleAccess: true, mfaDevices: [] }), message: 'password alone' },
    { name: 'console user with no MFA configuration at all', resource: liveResource(USER, 'gina', { consoleAccess: true, mfaDevices: absentAttr }) },
  ],
  pass: [
    { name: 'console user with a virtual device', resource: liveResource(USER, 'alice', { consoleAccess: true, mfaDevices: [device] }), message: 'an MFA device' },
    { name: 'a device with an unreadable field still counts', resource: liveResource(USER, 'carol', { consoleAccess: true, mfaDevices: [{ ...(device as object), enabledAt: denied('iam:ListMFADevices') }] }) },
  ],
  notApplicable: [
    { name: 'programmatic user without a console password', resource: liveResource(USER, 'ci', { consoleAccess: false, mfaDevices: [] }) },
    { name: 'IaC user with a login profile: MFA is enrolled after deployment', resource: iacResource(USER, 'tf', { consoleAccess: true }) },
  ],
  unknown: [
    { name: 'GetLoginProfile denied', resource: liveResource(USER, 'dave', { consoleAccess: unknownAttr('iam:GetLoginProfile'), mfaDevices: [] }), cause: 'iam:GetLoginProfile AccessDenied' },
    { name: 'ListMFADevices denied for a console user', resource: liveResource(USER, 'erin', { consoleAccess: true, mfaDevices: unknownAttr('iam:ListMFADevices') }), cause: 'iam:ListMFADevices AccessDenied' },
    { name: 'only unreadable device entries', resource: liveResource(USER, 'frank', { consoleAccess: true, mfaDevices: [denied('iam:ListMFADevices')] }), cause: 'mfaDevices.0 is unknown' },
  ],
});
