import type { Rule } from '../../../core/index.js';
import logGroupKmsEncrypted from './log-group-kms-encrypted.js';
import logGroupRetention from './log-group-retention.js';
import unauthorizedApiCallsAlarm from './unauthorized-api-calls-alarm.js';
import consoleSigninWithoutMfaAlarm from './console-signin-without-mfa-alarm.js';
import rootUsageAlarm from './root-usage-alarm.js';
import iamPolicyChangesAlarm from './iam-policy-changes-alarm.js';
import cloudtrailChangesAlarm from './cloudtrail-changes-alarm.js';
import consoleAuthFailuresAlarm from './console-auth-failures-alarm.js';
import kmsKeyDisableDeletionAlarm from './kms-key-disable-deletion-alarm.js';
import s3BucketPolicyChangesAlarm from './s3-bucket-policy-changes-alarm.js';
import configChangesAlarm from './config-changes-alarm.js';
import securityGroupChangesAlarm from './security-group-changes-alarm.js';
import naclChangesAlarm from './nacl-changes-alarm.js';
import networkGatewayChangesAlarm from './network-gateway-changes-alarm.js';
import routeTableChangesAlarm from './route-table-changes-alarm.js';
import vpcChangesAlarm from './vpc-changes-alarm.js';
import organizationsChangesAlarm from './organizations-changes-alarm.js';

export const cloudwatchRules: readonly Rule[] = [
  unauthorizedApiCallsAlarm,
  consoleSigninWithoutMfaAlarm,
  rootUsageAlarm,
  iamPolicyChangesAlarm,
  cloudtrailChangesAlarm,
  consoleAuthFailuresAlarm,
  kmsKeyDisableDeletionAlarm,
  s3BucketPolicyChangesAlarm,
  configChangesAlarm,
  securityGroupChangesAlarm,
  naclChangesAlarm,
  networkGatewayChangesAlarm,
  routeTableChangesAlarm,
  vpcChangesAlarm,
  organizationsChangesAlarm,
  logGroupKmsEncrypted,
  logGroupRetention,
];
