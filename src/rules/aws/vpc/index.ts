import type { Rule } from '../../../core/index.js';
import defaultSecurityGroupClosed from './default-security-group-closed.js';
import flowLogsEnabled from './flow-logs-enabled.js';
import naclAdminPortsOpen from './nacl-admin-ports-open.js';
import naclAllTrafficOpen from './nacl-all-traffic-open.js';
import subnetNoPublicIp from './subnet-no-public-ip.js';

export const vpcRules: readonly Rule[] = [flowLogsEnabled, naclAdminPortsOpen, naclAllTrafficOpen, defaultSecurityGroupClosed, subnetNoPublicIp];
