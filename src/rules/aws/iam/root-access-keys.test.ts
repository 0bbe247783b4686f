import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './root-access-keys.js';

const ACCOUNT = 'aws.iam.account';

testRule(rule, {
  fail: [{ name: 'root user with an access key', resource: liveResource(ACCOUNT, 'acct', { rootAccessKeysPresent: true }), message: 'at least one access key' }],
  pass: [{ name: 'root user without access keys', resource: liveResource(ACCOUNT, 'acct2', { rootAccessKeysPresent: false }) }],
  notApplicable: [{ name: 'IaC account resource cannot show root keys', resource: iacResource(ACCOUNT, 'password-policy', {}) }],
  unknown: [
    { name: 'GetAccountSummary denied', resource: liveResource(ACCOUNT, 'acct3', { rootAccessKeysPresent: unknownAttr('iam:GetAccountSummary') }), cause: 'iam:GetAccountSummary AccessDenied' },
    { name: 'never collected', resource: liveResource(ACCOUNT, 'acct4', { rootMfaEnabled: true }), cause: 'not collected' },
  ],
});
