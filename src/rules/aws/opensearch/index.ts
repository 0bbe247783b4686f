import type { Rule } from '../../../core/index.js';
import domainAuditLogs from './domain-audit-logs.js';
import domainEncryptedAtRest from './domain-encrypted-at-rest.js';
import domainEnforceHttps from './domain-enforce-https.js';
import domainInVpc from './domain-in-vpc.js';
import domainNodeToNodeEncryption from './domain-node-to-node-encryption.js';
import domainTlsPolicy from './domain-tls-policy.js';

export const opensearchRules: readonly Rule[] = [domainAuditLogs, domainEncryptedAtRest, domainEnforceHttps, domainInVpc, domainNodeToNodeEncryption, domainTlsPolicy];
