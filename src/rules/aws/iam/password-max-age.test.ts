import { testRule } from '../../testing.js';
import { deniedPolicy, iacPolicy, livePolicy, noPolicy, uncollectedPolicy, unresolvedPolicy } from './password-test-helpers.js';
import rule from './password-max-age.js';

testRule(rule, {
  fail: [
    { name: 'live policy with the weak setting', resource: livePolicy({ maxAgeDays: 180 }), message: 'only after 180 days' },
    { name: 'live account without a custom policy', resource: noPolicy(), message: 'no custom password policy' },
    { name: 'IaC policy with the weak setting', resource: iacPolicy({ maxAgeDays: 180 }), line: 1 },
    { name: 'policy without expiry', resource: iacPolicy({ minimumLength: 14 }), message: 'never expire' },
  ],
  pass: [
    { name: 'live policy with the good setting', resource: livePolicy({ maxAgeDays: 90 }) },
    { name: 'IaC policy with the good setting', resource: iacPolicy({ maxAgeDays: 90 }) },
  ],
  unknown: [
    { name: 'GetAccountPasswordPolicy denied', resource: deniedPolicy(), cause: 'iam:GetAccountPasswordPolicy' },
    { name: 'never collected', resource: uncollectedPolicy(), cause: 'not collected' },
    { name: 'IaC settings from an unresolved variable', resource: unresolvedPolicy(), cause: 'var.password_policy' },
  ],
});
