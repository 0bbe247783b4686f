import { testRule } from '../../testing.js';
import { deniedPolicy, iacPolicy, livePolicy, noPolicy, uncollectedPolicy, unresolvedPolicy } from './password-test-helpers.js';
import rule from './password-min-length.js';

testRule(rule, {
  fail: [
    { name: 'live policy with the weak setting', resource: livePolicy({ minimumLength: 8 }), message: 'only 8 characters' },
    { name: 'live account without a custom policy', resource: noPolicy(), message: 'no custom password policy' },
    { name: 'IaC policy with the weak setting', resource: iacPolicy({ minimumLength: 8 }), line: 1 },
    { name: 'IaC policy relying on the default length', resource: iacPolicy({ requireSymbols: true }), message: 'only 8 characters' },
  ],
  pass: [
    { name: 'live policy with the good setting', resource: livePolicy({ minimumLength: 16 }) },
    { name: 'IaC policy with the good setting', resource: iacPolicy({ minimumLength: 16 }) },
  ],
  unknown: [
    { name: 'GetAccountPasswordPolicy denied', resource: deniedPolicy(), cause: 'iam:GetAccountPasswordPolicy' },
    { name: 'never collected', resource: uncollectedPolicy(), cause: 'not collected' },
    { name: 'IaC settings from an unresolved variable', resource: unresolvedPolicy(), cause: 'var.password_policy' },
  ],
});
