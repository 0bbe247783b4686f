import type { Rule } from '../../../core/index.js';
import ebsVolumeEncrypted from './ebs-volume-encrypted.js';
import securityGroupAdminPortsOpen from './security-group-admin-ports-open.js';
import securityGroupAllPortsOpen from './security-group-all-ports-open.js';
import securityGroupRuleDescription from './security-group-rule-description.js';
import securityGroupCifsOpen from './security-group-cifs-open.js';

export const ec2Rules: readonly Rule[] = [securityGroupAllPortsOpen, securityGroupAdminPortsOpen, securityGroupRuleDescription, ebsVolumeEncrypted, securityGroupCifsOpen];
