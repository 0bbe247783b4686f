import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import hardware from './root-hardware-mfa.js';

const ACCOUNT = 'aws.iam.account';

testRule(hardware, {
  fail: [
    { name: 'virtual root MFA', resource: liveResource(ACCOUNT, 'a1', { rootMfaEnabled: true, rootHardwareMfa: false }), message: 'virtual' },
    { name: 'no root MFA at all', resource: liveResource(ACCOUNT, 'a2', { rootMfaEnabled: false, rootHardwareMfa: unknownAttr('iam:ListVirtualMFADevices') }), message: 'no MFA' },
  ],
  pass: [{ name: 'hardware root MFA', resource: liveResource(ACCOUNT, 'a3', { rootMfaEnabled: true, rootHardwareMfa: true }) }],
  notApplicable: [{ name: 'IaC password policy', resource: iacResource(ACCOUNT, 'pp', {}) }],
  unknown: [{ name: 'virtual device list denied', resource: liveResource(ACCOUNT, 'a4', { rootMfaEnabled: true, rootHardwareMfa: unknownAttr('iam:ListVirtualMFADevices') }), cause: 'iam:ListVirtualMFADevices' }],
});
