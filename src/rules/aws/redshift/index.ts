import type { Rule } from '../../../core/index.js';
import clusterAuditLogging from './cluster-audit-logging.js';
import clusterCustomerKey from './cluster-customer-key.js';
import clusterEncrypted from './cluster-encrypted.js';
import clusterNotPublic from './cluster-not-public.js';

export const redshiftRules: readonly Rule[] = [clusterAuditLogging, clusterCustomerKey, clusterEncrypted, clusterNotPublic];
