import type { Rule } from '../../../core/index.js';
import clusterBrokerLogging from './cluster-broker-logging.js';
import clusterCustomerKey from './cluster-customer-key.js';
import clusterEncryptedInTransit from './cluster-encrypted-in-transit.js';

export const mskRules: readonly Rule[] = [clusterBrokerLogging, clusterCustomerKey, clusterEncryptedInTransit];
