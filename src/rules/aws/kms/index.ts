import type { Rule } from '../../../core/index.js';
import keyNotPendingDeletion from './key-not-pending-deletion.js';
import keyPolicyCrossAccount from './key-policy-cross-account.js';
import keyPolicyNotPublic from './key-policy-not-public.js';
import keyRotationEnabled from './key-rotation-enabled.js';

export const kmsRules: readonly Rule[] = [keyRotationEnabled, keyPolicyNotPublic, keyPolicyCrossAccount, keyNotPendingDeletion];
