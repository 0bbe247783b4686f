import type { Rule } from '../../../core/index.js';
import queueCustomerKey from './queue-customer-key.js';
import queueEncrypted from './queue-encrypted.js';
import queueNotPublic from './queue-not-public.js';

export const sqsRules: readonly Rule[] = [queueCustomerKey, queueEncrypted, queueNotPublic];
