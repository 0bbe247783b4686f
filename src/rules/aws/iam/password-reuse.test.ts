import { testRule } from '../../testing.js';
import { deniedPolicy, iacPolicy, livePolicy, noPolicy, uncollectedPolicy, unresolvedPolicy } from './password-test-helpers.js';
import rule from './password-reuse.js';

testRule(rule, {
  fail: [
    { name: 'live policy with the weak setting', resource: livePolicy({ reusePrevention: 5 }), message: 'last 5 passwords' },
    { name: 'live account without a custom policy', resource: noPolicy(), message: 'no custom password policy' },
    { name: 'IaC policy with the weak setting', resource: iacPolicy({ reusePrevention: 5 }), line: 1 },
    { name: 'policy without reuse prevention', resource: iacPolicy({ minimumLength: 14 }), message: 'not prevented' },
  ],
  pass: [
    { name: 'live policy with the good setting', resource: livePolicy({ reusePrevention: 24 }) },
    { name: 'IaC policy with the good setting', resource: iacPolicy({ reusePrevention: 24 }) },
  ],
  unknown: [
    { name: 'GetAccountPasswordPolicy denied', resource: deniedPolicy(), cause: 'iam:GetAccountPasswordPolicy' },
    { name: 'never collected', resource: uncollectedPolicy(), cause: 'not collected' },
    { name: 'IaC settings from an unresolved variable', resource: unresolvedPolicy(), cause: 'var.password_policy' },
  ],
});
