import { testRule } from '../../testing.js';
import { deniedPolicy, iacPolicy, livePolicy, noPolicy, uncollectedPolicy, unresolvedPolicy } from './password-test-helpers.js';
import rule from './password-numbers.js';

testRule(rule, {
  fail: [
    { name: 'live policy with the weak setting', resource: livePolicy({ requireNumbers: false }), message: 'number' },
    { name: 'live account without a custom policy', resource: noPolicy(), message: 'no custom password policy' },
    { name: 'IaC policy with the weak setting', resource: iacPolicy({ requireNumbers: false }), line: 1 },
  ],
  pass: [
    { name: 'live policy with the good setting', resource: livePolicy({ requireNumbers: true }) },
    { name: 'IaC policy with the good setting', resource: iacPolicy({ requireNumbers: true }) },
  ],
  unknown: [
    { name: 'GetAccountPasswordPolicy denied', resource: deniedPolicy(), cause: 'iam:GetAccountPasswordPolicy' },
    { name: 'never collected', resource: uncollectedPolicy(), cause: 'not collected' },
    { name: 'IaC settings from an unresolved variable', resource: unresolvedPolicy(), cause: 'var.password_policy' },
  ],
});
