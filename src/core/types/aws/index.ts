import type { ResourceTypeDef } from '../../resource.js';
import { ebsVolume, securityGroup } from './ec2.js';
import { iamAccount, iamUser } from './iam.js';
import { rdsInstance } from './rds.js';
import { s3AccountSettings, s3Bucket } from './s3.js';
import { ebsSnapshot, ec2Instance, ec2RegionSettings, vpc } from './ec2-instance.js';
import { kmsKey } from './kms.js';
import { cloudtrailTrail } from './cloudtrail.js';
import { logGroup, metricAlarm } from './cloudwatch.js';
import { configRegion } from './config.js';
import { rdsCluster, rdsSnapshot } from './rds-extra.js';
import { daxCluster, dynamodbTable } from './dynamodb.js';
import { lambdaFunction } from './lambda.js';
import { secretsManagerSecret, snsTopic, sqsQueue } from './messaging.js';
import { elbv2Listener, elbv2LoadBalancer } from './elb.js';
import { ecrRepository, efsFileSystem, eksCluster } from './containers.js';
import { elasticacheReplicationGroup, opensearchDomain, redshiftCluster } from './analytics.js';
import { apigatewayStage, cloudfrontDistribution } from './edge.js';

export { ebsVolume, securityGroup, iamAccount, iamUser, rdsInstance, s3AccountSettings, s3Bucket };
export { ebsSnapshot, ec2Instance, ec2RegionSettings, vpc, kmsKey, cloudtrailTrail, logGroup, metricAlarm, configRegion };

export const AWS_RESOURCE_TYPES: readonly ResourceTypeDef[] = [
  s3Bucket,
  s3AccountSettings,
  securityGroup,
  ebsVolume,
  rdsInstance,
  iamAccount,
  iamUser,
  rdsCluster,
  rdsSnapshot,
  daxCluster,
  dynamodbTable,
  lambdaFunction,
  secretsManagerSecret,
  snsTopic,
  sqsQueue,
  elbv2Listener,
  elbv2LoadBalancer,
  ecrRepository,
  efsFileSystem,
  eksCluster,
  elasticacheReplicationGroup,
  opensearchDomain,
  redshiftCluster,
  apigatewayStage,
  cloudfrontDistribution,
  ec2Instance,
  ec2RegionSettings,
  ebsSnapshot,
  vpc,
  kmsKey,
  cloudtrailTrail,
  logGroup,
  metricAlarm,
  configRegion,
];
