import type { Collector } from '../scope.js';
import { ec2Collector } from './ec2.js';
import { iamCollector } from './iam.js';
import { rdsCollector } from './rds.js';
import { s3Collector } from './s3.js';

/** Every collector, in a fixed order so runs are reproducible. */
export const AWS_COLLECTORS: readonly Collector[] = [iamCollector, s3Collector, ec2Collector, rdsCollector];
