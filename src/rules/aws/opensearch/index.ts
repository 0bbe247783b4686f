import type { Rule } from '../../../core/index.js';
import domainEncryptedAtRest from './domain-encrypted-at-rest.js';
import domainEnforceHttps from './domain-enforce-https.js';
import domainNodeToNodeEncryption from './domain-node-to-node-encryption.js';

export const opensearchRules: readonly Rule[] = [domainEncryptedAtRest, domainEnforceHttps, domainNodeToNodeEncryption];
