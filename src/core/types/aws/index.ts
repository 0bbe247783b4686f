import type { ResourceTypeDef } from '../../resource.js';
import { ebsVolume, securityGroup } from './ec2.js';
import { iamAccount, iamUser } from './iam.js';
import { iamGroup, iamPolicy, iamRole, iamServerCertificate } from './iam-identities.js';
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
import { ecrRepository, efsFileSystem, eksCluster } from './containers.js';
import { elasticacheReplicationGroup, opensearchDomain, redshiftCluster } from './analytics.js';
import { apigatewayStage, cloudfrontDistribution } from './edge.js';
import { kinesisStream, mskCluster } from './streaming.js';
import { ecsCluster, ecsTaskDefinition } from './ecs.js';
import { networkAcl, subnet } from './network.js';
import { accessAnalyzerRegion, configAggregator, guarddutyRegion, securityhubRegion } from './detection.js';
import { launchConfiguration, launchTemplate, machineImage } from './ec2-launch.js';
import { elbClassicLoadBalancer, elbv2Listener, elbv2LoadBalancer } from './elb.js';
import { ROUTING_TYPES } from './routing.js';
import { ORGANIZATIONS_TYPES } from './organizations.js';

export { ebsVolume, securityGroup, iamAccount, iamUser, rdsInstance, s3AccountSettings, s3Bucket };
export { iamGroup, iamPolicy, iamRole, iamServerCertificate };
export { ebsSnapshot, ec2Instance, ec2RegionSettings, vpc, kmsKey, cloudtrailTrail, logGroup, metricAlarm, configRegion };
export { networkAcl, subnet, accessAnalyzerRegion, configAggregator, guarddutyRegion, securityhubRegion, launchConfiguration, launchTemplate, machineImage };

export const AWS_RESOURCE_TYPES: readonly ResourceTypeDef[] = [
  s3Bucket,
  s3AccountSettings,
  securityGroup,
  ebsVolume,
  rdsInstance,
  iamAccount,
  iamUser,
  iamRole,
  iamPolicy,
  iamGroup,
  iamServerCertificate,
  ec2Instance,
  ec2RegionSettings,
  ebsSnapshot,
  vpc,
  kmsKey,
  cloudtrailTrail,
  logGroup,
  metricAlarm,
  configRegion,
  networkAcl,
  subnet,
  guarddutyRegion,
  securityhubRegion,
  accessAnalyzerRegion,
  configAggregator,
  launchTemplate,
  launchConfiguration,
  machineImage,
  rdsCluster,
  rdsSnapshot,
  dynamodbTable,
  daxCluster,
  lambdaFunction,
  snsTopic,
  sqsQueue,
  secretsManagerSecret,
  elbv2LoadBalancer,
  elbv2Listener,
  eksCluster,
  ecrRepository,
  efsFileSystem,
  elasticacheReplicationGroup,
  redshiftCluster,
  opensearchDomain,
  cloudfrontDistribution,
  apigatewayStage,
  kinesisStream,
  mskCluster,
  ecsCluster,
  ecsTaskDefinition,
  elbClassicLoadBalancer,
  ...ROUTING_TYPES,
  ...ORGANIZATIONS_TYPES,
];
