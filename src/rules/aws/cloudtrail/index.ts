import type { Rule } from '../../../core/index.js';
import multiRegion from './multi-region.js';
import loggingEnabled from './logging-enabled.js';
import managementEvents from './management-events.js';
import logFileValidation from './log-file-validation.js';
import kmsEncryption from './kms-encryption.js';
import cloudwatchLogs from './cloudwatch-logs.js';
import bucketNotPublic from './bucket-not-public.js';
import bucketAccessLogging from './bucket-access-logging.js';
import s3DataEventsWrite from './s3-data-events-write.js';
import s3DataEventsRead from './s3-data-events-read.js';

export const cloudtrailRules: readonly Rule[] = [multiRegion, loggingEnabled, managementEvents, logFileValidation, kmsEncryption, cloudwatchLogs, bucketNotPublic, bucketAccessLogging, s3DataEventsWrite, s3DataEventsRead];
