import type { Rule } from '../../../core/index.js';
import defaultSecurityGroupClosed from './default-security-group-closed.js';
import flowLogsEnabled from './flow-logs-enabled.js';
import mainRouteTableNoInternetRoute from './main-route-table-no-internet-route.js';
import naclAdminPortsOpen from './nacl-admin-ports-open.js';
import naclAllTrafficOpen from './nacl-all-traffic-open.js';
import peeringRoutesLeastAccess from './peering-routes-least-access.js';
import subnetNoPublicIp from './subnet-no-public-ip.js';

export const vpcRules: readonly Rule[] = [flowLogsEnabled, naclAdminPortsOpen, naclAllTrafficOpen, defaultSecurityGroupClosed, subnetNoPublicIp, peeringRoutesLeastAccess, mainRouteTableNoInternetRoute];
