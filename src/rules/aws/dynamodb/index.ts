import type { Rule } from '../../../core/index.js';
import daxClusterEncrypted from './dax-cluster-encrypted.js';
import tableCustomerKey from './table-customer-key.js';
import tablePointInTimeRecovery from './table-point-in-time-recovery.js';

export const dynamodbRules: readonly Rule[] = [daxClusterEncrypted, tableCustomerKey, tablePointInTimeRecovery];
