import type { Rule } from '../../../core/index.js';
import queueCustomerKey from './queue-customer-key.js';
import queueEncrypted from './queue-encrypted.js';

export const sqsRules: readonly Rule[] = [queueCustomerKey, queueEncrypted];
