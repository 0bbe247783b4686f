import type { Rule } from '../../../core/index.js';
import repositoryCustomerKey from './repository-customer-key.js';
import repositoryNotPublic from './repository-not-public.js';
import repositoryScanOnPush from './repository-scan-on-push.js';
import repositoryTagImmutability from './repository-tag-immutability.js';

export const ecrRules: readonly Rule[] = [repositoryCustomerKey, repositoryNotPublic, repositoryScanOnPush, repositoryTagImmutability];
