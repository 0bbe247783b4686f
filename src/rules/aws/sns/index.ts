import type { Rule } from '../../../core/index.js';
import topicCustomerKey from './topic-customer-key.js';
import topicEncrypted from './topic-encrypted.js';
import topicNotPublic from './topic-not-public.js';

export const snsRules: readonly Rule[] = [topicCustomerKey, topicEncrypted, topicNotPublic];
