import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import mfa from './root-mfa-enabled.js';

const ACCOUNT = 'aws.iam.account';

testRule(mfa, {
  fail: [{ name: 'root without MFA', resource: liveResource(ACCOUNT, 'a1', { rootMfaEnabled: false }), message: 'no MFA' }],
  pass: [{ name: 'root with MFA', resource: liveResource(ACCOUNT, 'a2', { rootMfaEnabled: true }) }],
  notApplicable: [{ name: 'IaC password policy', resource: iacResource(ACCOUNT, 'pp', {}) }],
  unknown: [
    { name: 'GetAccountSummary denied', resource: liveResource(ACCOUNT, 'a3', { rootMfaEnabled: unknownAttr('iam:GetAccountSummary') }), cause: 'iam:GetAccountSummary' },
    { name: 'not collected', resource: liveResource(ACCOUNT, 'a4', {}), cause: 'not collected' },
  ],
});
