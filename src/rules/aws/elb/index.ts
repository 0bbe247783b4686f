import type { Rule } from '../../../core/index.js';
import albDropInvalidHeaders from './alb-drop-invalid-headers.js';
import classicAccessLogs from './classic-access-logs.js';
import classicListenersEncrypted from './classic-listeners-encrypted.js';
import listenerHttps from './listener-https.js';
import listenerTlsPolicy from './listener-tls-policy.js';
import loadBalancerAccessLogs from './load-balancer-access-logs.js';
import loadBalancerDeletionProtection from './load-balancer-deletion-protection.js';

export const elbRules: readonly Rule[] = [albDropInvalidHeaders, classicAccessLogs, classicListenersEncrypted, listenerHttps, listenerTlsPolicy, loadBalancerAccessLogs, loadBalancerDeletionProtection];
