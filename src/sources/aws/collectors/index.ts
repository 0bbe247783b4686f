import type { Collector } from '../scope.js';
import { cloudtrailCollector } from './cloudtrail.js';
import { alarmsCollector, logsCollector } from './cloudwatch.js';
import { configCollector } from './config.js';
import { ecrCollector, eksCollector } from './containers.js';
import { elbv2Collector } from './elb.js';
import { elbClassicCollector } from './elb-classic.js';
import { secretsCollector, snsCollector, sqsCollector } from './messaging.js';
import { dynamodbCollector, lambdaCollector } from './serverless.js';
import { guarddutyCollector, securityhubCollector } from './detection.js';
import { ec2ComputeCollector } from './ec2-compute.js';
import { ec2Collector } from './ec2.js';
import { ec2NetworkCollector } from './ec2-network.js';
import { ec2LaunchCollector } from './ec2-launch.js';
import { iamCollector } from './iam.js';
import { iamIdentitiesCollector } from './iam-identities.js';
import { kmsCollector } from './kms.js';
import { rdsClusterCollector, rdsCollector } from './rds.js';
import { s3Collector } from './s3.js';
import { ROUTING_COLLECTORS } from './routing.js';
import { ORGANIZATIONS_COLLECTORS } from './organizations.js';
import { ANALYTICS_COLLECTORS } from './analytics.js';
import { EDGE_COLLECTORS } from './edge.js';
import { STREAMING_COLLECTORS } from './streaming.js';

/** Every collector, in a fixed order so runs are reproducible. */
export const AWS_COLLECTORS: readonly Collector[] = [
  iamCollector,
  iamIdentitiesCollector,
  s3Collector,
  ec2Collector,
  ec2ComputeCollector,
  ec2NetworkCollector,
  ec2LaunchCollector,
  rdsCollector,
  rdsClusterCollector,
  kmsCollector,
  cloudtrailCollector,
  logsCollector,
  alarmsCollector,
  configCollector,
  guarddutyCollector,
  securityhubCollector,
  snsCollector,
  sqsCollector,
  secretsCollector,
  lambdaCollector,
  dynamodbCollector,
  ecrCollector,
  eksCollector,
  elbv2Collector,
  elbClassicCollector,
  ...ROUTING_COLLECTORS,
  ...ORGANIZATIONS_COLLECTORS,
  ...ANALYTICS_COLLECTORS,
  ...EDGE_COLLECTORS,
  ...STREAMING_COLLECTORS,
];
