/**
 * Builds an emulated AWS account in moto with planted misconfigurations (names containing `bad`)
 * and planted good settings (names containing `good`). `PLANTED` says which rule must FAIL on
 * each bad resource; good resources must have no FAIL and no ERROR.
 */
import { AttachGroupPolicyCommand, CreateRoleCommand, PutRolePolicyCommand, CreateGroupCommand, AddUserToGroupCommand, AttachUserPolicyCommand, CreateAccessKeyCommand, CreateLoginProfileCommand, CreatePolicyCommand, CreateUserCommand, CreateVirtualMFADeviceCommand, EnableMFADeviceCommand, IAMClient, PutUserPolicyCommand, TagUserCommand, UpdateAccountPasswordPolicyCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketAclCommand, PutBucketEncryptionCommand, PutBucketLoggingCommand, PutBucketOwnershipControlsCommand, PutBucketPolicyCommand, PutBucketTaggingCommand, PutBucketVersioningCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
// S3 accepts the `log-delivery-write` canned ACL on buckets although the SDK's enum omits it.
import type { BucketCannedACL } from '@aws-sdk/client-s3';
import { CreateFlowLogsCommand, CreateSnapshotCommand, DescribeImagesCommand, EnableEbsEncryptionByDefaultCommand, ModifySnapshotAttributeCommand, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { AuthorizeSecurityGroupEgressCommand, AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateVolumeCommand, DescribeVpcsCommand, EC2Client, RevokeSecurityGroupEgressCommand } from '@aws-sdk/client-ec2';
import { CreateDBClusterCommand, CreateDBClusterSnapshotCommand, CreateDBInstanceCommand, CreateDBSnapshotCommand, ModifyDBClusterSnapshotAttributeCommand, ModifyDBSnapshotAttributeCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient, TagResourceCommand } from '@aws-sdk/client-kms';
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CONTROLS } from '../../src/rules/aws/cloudwatch/controls.js';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand, PutRetentionPolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { EnableSecurityHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { CreateListenerCommand, CreateLoadBalancerCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateImageCommand, CreateLaunchTemplateCommand, CreateTagsCommand, ModifyImageAttributeCommand, CreateNetworkAclCommand, CreateNetworkAclEntryCommand, CreateSubnetCommand, DescribeSubnetsCommand, ModifySubnetAttributeCommand } from '@aws-sdk/client-ec2';
import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { CreateLoadBalancerCommand as CreateClassicLoadBalancerCommand, ElasticLoadBalancingClient, ModifyLoadBalancerAttributesCommand } from '@aws-sdk/client-elastic-load-balancing';
import { clientConfig, MOTO_ACCOUNT } from './moto.js';
import * as analytics from './fixtures/analytics.js';
import * as edge from './fixtures/edge.js';
import * as organizations from './fixtures/organizations.js';
import * as routing from './fixtures/routing.js';
import * as streaming from './fixtures/streaming.js';

/** Fixture areas kept in their own files (each plants, names its bad resources, and checks its model). */
export const AREAS = { routing, organizations, analytics, edge, streaming } as const;

export const FIXTURE_REGIONS = ['eu-west-1', 'us-east-1'];

/** Resource name → rule ids that must FAIL on it (checked for the rules that exist). */
export const PLANTED: Record<string, string[]> = {
  'parapet-bad-public': ['aws-s3-bucket-public-access-block', 'aws-s3-bucket-versioning', 'aws-s3-bucket-access-logging'],
  'bad-user-nomfa': ['aws-iam-user-console-mfa', 'aws-iam-user-no-direct-policies'],
  'bad-sg-ssh': ['aws-ec2-security-group-admin-ports-open', 'aws-ec2-security-group-rule-description'],
  'bad-sg-allports': ['aws-ec2-security-group-all-ports-open'],
  'bad-volume': ['aws-ec2-ebs-volume-encrypted'],
  'bad-db': ['aws-rds-instance-not-public', 'aws-rds-instance-storage-encrypted'],
  'bad-instance-imdsv1': ['aws-ec2-instance-imdsv2-required'],
  'bad-snapshot-public': ['aws-ec2-snapshot-not-public'],
  'bad-key-norotation': ['aws-kms-key-rotation-enabled'],
  'bad-nacl-open': ['aws-vpc-nacl-all-traffic-open', 'aws-vpc-nacl-admin-ports-open'],
  'bad-subnet-public': ['aws-vpc-subnet-no-public-ip'],
  'bad-ami-public': ['aws-ec2-ami-not-public'],
  'bad-lt-imdsv1': ['aws-ec2-launch-template-imdsv2', 'aws-ec2-launch-template-ebs-encrypted'],
  'bad-cluster': ['aws-rds-cluster-storage-encrypted', 'aws-rds-cluster-backup-retention', 'aws-rds-cluster-deletion-protection'],
  'bad-db-snapshot-public': ['aws-rds-snapshot-not-public'],
  'bad-cluster-snapshot-public': ['aws-rds-snapshot-not-public'],
  'bad-clb': ['aws-elb-classic-access-logs', 'aws-elb-classic-listeners-encrypted'],
  'bad-trail': ['aws-cloudtrail-trail-multi-region', 'aws-cloudtrail-trail-log-file-validation', 'aws-cloudtrail-trail-logging'],
  ...Object.assign({}, ...Object.values(AREAS).map((a) => a.PLANTED)),
};

export interface Fixture {
  ids: Record<string, string>;
  kmsKeyArn: string;
}

export async function buildFixture(): Promise<Fixture> {
  const ids: Record<string, string> = {};
  const iam = new IAMClient(clientConfig());
  const s3 = new S3Client(clientConfig());
  const s3eu = new S3Client(clientConfig('eu-west-1'));
  const ec2 = new EC2Client(clientConfig());
  const rds = new RDSClient(clientConfig());
  const kms = new KMSClient(clientConfig());

  const key = await kms.send(new CreateKeyCommand({ Description: 'parapet fixture key' }));
  const kmsKeyArn = key.KeyMetadata?.Arn ?? '';

  // IAM
  await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 8, RequireSymbols: false }));
  await iam.send(new CreateGroupCommand({ GroupName: 'good-admins' }));
  const managed = await iam.send(new CreatePolicyCommand({ PolicyName: 'good-readonly', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) }));
  await iam.send(new CreateUserCommand({ UserName: 'good-user', Tags: [{ Key: 'team', Value: 'security' }] }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'good-user', Password: 'correct-Horse-battery-9!' }));
  const mfa = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'good-user-mfa' }));
  await iam.send(new EnableMFADeviceCommand({ UserName: 'good-user', SerialNumber: mfa.VirtualMFADevice?.SerialNumber, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }));
  await iam.send(new AddUserToGroupCommand({ UserName: 'good-user', GroupName: 'good-admins' }));
  await iam.send(new AttachGroupPolicyCommand({ GroupName: 'good-admins', PolicyArn: managed.Policy?.Arn }));
  await iam.send(new CreateRoleCommand({ RoleName: 'good-role', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), Tags: [{ Key: 'team', Value: 'platform' }] }));
  await iam.send(new PutRolePolicyCommand({ RoleName: 'good-role', PolicyName: 'read-config', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ssm:GetParameter', Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/*' }] }) }));
  await iam.send(new CreateUserCommand({ UserName: 'bad-user-nomfa' }));
  await iam.send(new TagUserCommand({ UserName: 'bad-user-nomfa', Tags: [{ Key: 'owner', Value: 'nobody' }] }));
  await iam.send(new CreateLoginProfileCommand({ UserName: 'bad-user-nomfa', Password: 'password-Only-1!' }));
  const k = await iam.send(new CreateAccessKeyCommand({ UserName: 'bad-user-nomfa' }));
  ids.badUserKeyId = k.AccessKey?.AccessKeyId ?? '';
  ids.badUserSecret = k.AccessKey?.SecretAccessKey ?? '';
  await iam.send(new AttachUserPolicyCommand({ UserName: 'bad-user-nomfa', PolicyArn: managed.Policy?.Arn }));
  await iam.send(new PutUserPolicyCommand({ UserName: 'bad-user-nomfa', PolicyName: 'admin-inline', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));

  // S3: log buckets (neither planted good nor bad) need the log-delivery ACL; one lives in eu-west-1.
  for (const [client, bucket, region] of [[s3, 'parapet-logs-us', 'us-east-1'], [s3eu, 'parapet-logs-eu', 'eu-west-1']] as const) {
    await client.send(new CreateBucketCommand(region === 'us-east-1' ? { Bucket: bucket } : { Bucket: bucket, CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await client.send(new PutBucketOwnershipControlsCommand({ Bucket: bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    await client.send(new PutBucketAclCommand({ Bucket: bucket, ACL: 'log-delivery-write' as BucketCannedACL }));
    await client.send(new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    await client.send(new PutBucketLoggingCommand({ Bucket: bucket, BucketLoggingStatus: { LoggingEnabled: { TargetBucket: bucket, TargetPrefix: 'self/' } } }));
  }
  await s3.send(new CreateBucketCommand({ Bucket: 'parapet-good-bucket' }));
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'parapet-good-bucket', PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
  await s3.send(new PutBucketEncryptionCommand({ Bucket: 'parapet-good-bucket', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: kmsKeyArn }, BucketKeyEnabled: true }] } }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: 'parapet-good-bucket', VersioningConfiguration: { Status: 'Enabled' } }));
  await s3.send(new PutBucketLoggingCommand({ Bucket: 'parapet-good-bucket', BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'parapet-logs-us', TargetPrefix: 'good/' } } }));
  await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'parapet-good-bucket', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }));
  await s3.send(new PutBucketTaggingCommand({ Bucket: 'parapet-good-bucket', Tagging: { TagSet: [{ Key: 'data_classification', Value: 'confidential' }] } }));
  await s3.send(
    new PutBucketPolicyCommand({
      Bucket: 'parapet-good-bucket',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::parapet-good-bucket', 'arn:aws:s3:::parapet-good-bucket/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
    }),
  );

  await s3.send(new CreateBucketCommand({ Bucket: 'parapet-bad-public' }));
  await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'parapet-bad-public', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
  await s3.send(new PutBucketAclCommand({ Bucket: 'parapet-bad-public', ACL: 'public-read' }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: 'parapet-bad-public', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::parapet-bad-public/*' }] }) }));

  // EC2 (us-east-1)
  const vpcs = await ec2.send(new DescribeVpcsCommand({}));
  const vpcId = vpcs.Vpcs?.[0]?.VpcId;
  const good = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'good-sg', Description: 'https from the corporate network', VpcId: vpcId }));
  ids.goodSg = good.GroupId ?? '';
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.goodSg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'corporate network' }] }] }));
  const bad = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'bad-sg-ssh', Description: 'ssh from anywhere', VpcId: vpcId }));
  ids.badSg = bad.GroupId ?? '';
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.badSg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }));
  const all = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'bad-sg-allports', Description: 'everything from anywhere', VpcId: vpcId }));
  ids.allSg = all.GroupId ?? '';
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.allSg, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'wide open' }] }] }));
  // Replace the default allow-all egress of the good group with a described, narrow rule.
  await ec2.send(new RevokeSecurityGroupEgressCommand({ GroupId: ids.goodSg, IpPermissions: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  await ec2.send(new AuthorizeSecurityGroupEgressCommand({ GroupId: ids.goodSg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8', Description: 'to internal services' }] }] }));

  const goodVol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: true, KmsKeyId: kmsKeyArn, TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: 'good-volume' }] }] }));
  ids.goodVolume = goodVol.VolumeId ?? '';
  const badVol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 8, Encrypted: false, TagSpecifications: [{ ResourceType: 'volume', Tags: [{ Key: 'Name', Value: 'bad-volume' }] }] }));
  ids.badVolume = badVol.VolumeId ?? '';

  // RDS
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'good-db', DBInstanceClass: 'db.t3.micro', Engine: 'postgres', MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-1', AllocatedStorage: 20, StorageEncrypted: true, KmsKeyId: kmsKeyArn, PubliclyAccessible: false, BackupRetentionPeriod: 7, DeletionProtection: true, MultiAZ: true, EnableIAMDatabaseAuthentication: true, CopyTagsToSnapshot: true, EnableCloudwatchLogsExports: ['postgresql'], EnablePerformanceInsights: true, PerformanceInsightsKMSKeyId: kmsKeyArn }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'bad-db', DBInstanceClass: 'db.t3.micro', Engine: 'mysql', MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-1', AllocatedStorage: 20, StorageEncrypted: false, PubliclyAccessible: true, BackupRetentionPeriod: 0 }));

  // RDS clusters and manual snapshots (one public of each kind).
  await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'good-cluster', Engine: 'aurora-postgresql', MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-1', StorageEncrypted: true, KmsKeyId: kmsKeyArn, BackupRetentionPeriod: 7, DeletionProtection: true, EnableIAMDatabaseAuthentication: true, CopyTagsToSnapshot: true, EnableCloudwatchLogsExports: ['postgresql'] }));
  await rds.send(new CreateDBClusterCommand({ DBClusterIdentifier: 'bad-cluster', Engine: 'aurora-mysql', MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-1', StorageEncrypted: false, BackupRetentionPeriod: 1 }));
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'good-db', DBSnapshotIdentifier: 'good-db-snapshot' }));
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'bad-db', DBSnapshotIdentifier: 'bad-db-snapshot-public' }));
  await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'bad-db-snapshot-public', AttributeName: 'restore', ValuesToAdd: ['all'] }));
  await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'good-cluster', DBClusterSnapshotIdentifier: 'good-cluster-snapshot' }));
  await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'bad-cluster', DBClusterSnapshotIdentifier: 'bad-cluster-snapshot-public' }));
  await rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'bad-cluster-snapshot-public', AttributeName: 'restore', ValuesToAdd: ['all'] }));

  await buildMonitoring(ids, kmsKeyArn, vpcId ?? '');
  for (const area of Object.values(AREAS)) await area.build({ kmsKeyArn, vpcId: vpcId ?? '' });

  for (const c of [iam, s3, s3eu, ec2, rds, kms]) c.destroy();
  return { ids, kmsKeyArn };
}

export { MOTO_ACCOUNT };

/** Instances, snapshots, EBS defaults, flow logs, KMS rotation, CloudTrail, metric filters, alarms, AWS Config. */
async function buildMonitoring(ids: Record<string, string>, kmsKeyArn: string, vpcId: string): Promise<void> {
  const ec2 = new EC2Client(clientConfig());
  const kms = new KMSClient(clientConfig());
  const ct = new CloudTrailClient(clientConfig());
  const cteu = new CloudTrailClient(clientConfig('eu-west-1'));
  const logs = new CloudWatchLogsClient(clientConfig());
  const cw = new CloudWatchClient(clientConfig());
  const cfg = new ConfigServiceClient(clientConfig());

  // moto runs without its built-in AMIs (see moto.sh) and does not validate image ids.
  const images = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }));
  const ami = images.Images?.[0]?.ImageId ?? 'ami-0123456789abcdef0';
  const tag = (name: string) => [{ ResourceType: 'instance' as const, Tags: [{ Key: 'Name', Value: name }] }];
  const subnet = (await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))).Subnets?.[0]?.SubnetId;
  const good = await ec2.send(
    new RunInstancesCommand({
      ImageId: ami,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro',
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnet, Groups: [ids.goodSg!], AssociatePublicIpAddress: false }],
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: true, KmsKeyId: kmsKeyArn } }],
      TagSpecifications: tag('good-instance'),
    }),
  );
  ids.goodInstance = good.Instances?.[0]?.InstanceId ?? '';
  const bad = await ec2.send(new RunInstancesCommand({ ImageId: ami, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'optional' }, TagSpecifications: tag('bad-instance-imdsv1') }));
  ids.badInstance = bad.Instances?.[0]?.InstanceId ?? '';

  const snapTags = (name: string) => [{ ResourceType: 'snapshot' as const, Tags: [{ Key: 'Name', Value: name }] }];
  const goodSnap = await ec2.send(new CreateSnapshotCommand({ VolumeId: ids.goodVolume, TagSpecifications: snapTags('good-snapshot') }));
  ids.goodSnapshot = goodSnap.SnapshotId ?? '';
  const badSnap = await ec2.send(new CreateSnapshotCommand({ VolumeId: ids.badVolume, TagSpecifications: snapTags('bad-snapshot-public') }));
  ids.badSnapshot = badSnap.SnapshotId ?? '';
  await ec2.send(new ModifySnapshotAttributeCommand({ SnapshotId: ids.badSnapshot, Attribute: 'createVolumePermission', OperationType: 'add', GroupNames: ['all'] }));
  await ec2.send(new EnableEbsEncryptionByDefaultCommand({}));
  await ec2.send(new CreateFlowLogsCommand({ ResourceIds: [vpcId], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::parapet-logs-us' }));

  await kms.send(new EnableKeyRotationCommand({ KeyId: kmsKeyArn }));
  await kms.send(new TagResourceCommand({ KeyId: kmsKeyArn, Tags: [{ TagKey: 'Name', TagValue: 'good-key' }] }));
  const badKey = await kms.send(new CreateKeyCommand({ Description: 'no rotation', Tags: [{ TagKey: 'Name', TagValue: 'bad-key-norotation' }] }));
  ids.badKey = badKey.KeyMetadata?.KeyId ?? '';

  await logs.send(new CreateLogGroupCommand({ logGroupName: 'good-trail-logs', kmsKeyId: kmsKeyArn }));
  await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'good-trail-logs', retentionInDays: 365 }));
  await logs.send(new PutMetricFilterCommand({ logGroupName: 'good-trail-logs', filterName: 'root-usage', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CIS', metricValue: '1' }] }));
  await cw.send(new PutMetricAlarmCommand({ AlarmName: 'good-root-usage-alarm', MetricName: 'RootUsage', Namespace: 'CIS', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: ['arn:aws:sns:us-east-1:123456789012:security-alerts'] }));
  // Every CIS monitoring control: a metric filter on the trail's log group and an alarm with an action.
  for (const c of Object.values(CONTROLS)) {
    await logs.send(new PutMetricFilterCommand({ logGroupName: 'good-trail-logs', filterName: `cis-${c.slug}`, filterPattern: c.pattern, metricTransformations: [{ metricName: c.metricName, metricNamespace: 'CISBenchmark', metricValue: '1' }] }));
    await cw.send(new PutMetricAlarmCommand({ AlarmName: `cis-${c.slug}`, MetricName: c.metricName, Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: ['arn:aws:sns:us-east-1:123456789012:security-alerts'] }));
  }

  const trail = await ct.send(
    new CreateTrailCommand({
      Name: 'good-trail',
      S3BucketName: 'parapet-logs-us',
      IsMultiRegionTrail: true,
      EnableLogFileValidation: true,
      IncludeGlobalServiceEvents: true,
      KmsKeyId: kmsKeyArn,
      CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:good-trail-logs:*',
      CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/cloudtrail-to-logs',
      TagsList: [{ Key: 'team', Value: 'security' }],
    }),
  );
  await ct.send(new StartLoggingCommand({ Name: trail.Name }));
  await ct.send(new PutEventSelectorsCommand({ TrailName: trail.Name, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] }));
  await cteu.send(new CreateTrailCommand({ Name: 'bad-trail', S3BucketName: 'parapet-logs-eu', IsMultiRegionTrail: false, EnableLogFileValidation: false }));

  await cfg.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: 'arn:aws:iam::123456789012:role/config', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
  await cfg.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'parapet-logs-us' } }));
  await cfg.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));

  const gd = new GuardDutyClient(clientConfig());
  await gd.send(new CreateDetectorCommand({ Enable: true, FindingPublishingFrequency: 'FIFTEEN_MINUTES' }));
  const sh = new SecurityHubClient(clientConfig());
  await sh.send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));

  for (const c of [ec2, kms, ct, cteu, logs, cw, cfg, gd, sh]) c.destroy();
  await buildApplications(kmsKeyArn, vpcId);
  await buildLaunch(ids, kmsKeyArn);
}

/** Owned AMIs (one public) and launch templates. */
async function buildLaunch(ids: Record<string, string>, kmsKeyArn: string): Promise<void> {
  const ec2 = new EC2Client(clientConfig());
  for (const name of ['good-ami', 'bad-ami-public']) {
    const img = await ec2.send(new CreateImageCommand({ InstanceId: ids.goodInstance, Name: name }));
    ids[name] = img.ImageId ?? '';
    await ec2.send(new CreateTagsCommand({ Resources: [ids[name]], Tags: [{ Key: 'Name', Value: name }] }));
  }
  await ec2.send(new ModifyImageAttributeCommand({ ImageId: ids['bad-ami-public'], Attribute: 'launchPermission', LaunchPermission: { Add: [{ Group: 'all' }] } }));
  await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'good-lt',
      LaunchTemplateData: {
        ImageId: ids['good-ami'],
        InstanceType: 't3.micro',
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: true, KmsKeyId: kmsKeyArn } }],
        NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
      },
    }),
  );
  await ec2.send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: 'bad-lt-imdsv1',
      LaunchTemplateData: { ImageId: ids['good-ami'], InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'optional' }, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: false } }] },
    }),
  );
  ec2.destroy();
}

/** Messaging, serverless, containers and load balancing, named `app-*`: collected, not judged here. */
async function buildApplications(kmsKeyArn: string, vpcId: string): Promise<void> {
  const sns = new SNSClient(clientConfig());
  await sns.send(new CreateTopicCommand({ Name: 'app-alerts', Attributes: { KmsMasterKeyId: kmsKeyArn } }));
  const sqs = new SQSClient(clientConfig());
  await sqs.send(new CreateQueueCommand({ QueueName: 'app-jobs', Attributes: { KmsMasterKeyId: kmsKeyArn } }));
  const sm = new SecretsManagerClient(clientConfig());
  await sm.send(new CreateSecretCommand({ Name: 'app-db-password', SecretString: 'super-secret-value-never-collected', KmsKeyId: kmsKeyArn, Tags: [{ Key: 'app', Value: 'db' }] }));
  const iam = new IAMClient(clientConfig());
  const role = await iam.send(new CreateRoleCommand({ RoleName: 'app-lambda-role', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }));
  const lambda = new LambdaClient(clientConfig());
  // A minimal zip archive (empty central directory): moto stores it without running it.
  const emptyZip = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
  await lambda.send(new CreateFunctionCommand({ FunctionName: 'app-handler', Runtime: 'nodejs20.x', Role: role.Role?.Arn, Handler: 'index.handler', Code: { ZipFile: emptyZip }, Environment: { Variables: { DB_PASSWORD: 'env-secret-never-collected', STAGE: 'test' } }, TracingConfig: { Mode: 'Active' } }));
  const ddb = new DynamoDBClient(clientConfig());
  await ddb.send(new CreateTableCommand({ TableName: 'app-orders', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST', SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: kmsKeyArn } }));
  await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'app-orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
  const ecr = new ECRClient(clientConfig());
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app-images', imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: true } }));
  const ec2 = new EC2Client(clientConfig());
  const subnets = (await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }))).Subnets ?? [];
  const subnetIds = subnets.map((x) => x.SubnetId ?? '').slice(0, 2);
  const eks = new EKSClient(clientConfig());
  await eks.send(new CreateClusterCommand({ name: 'app-cluster', roleArn: role.Role?.Arn, resourcesVpcConfig: { subnetIds, endpointPublicAccess: false, endpointPrivateAccess: true } }));
  const elb = new ElasticLoadBalancingV2Client(clientConfig());
  const lb = await elb.send(new CreateLoadBalancerCommand({ Name: 'app-lb', Subnets: subnetIds, Scheme: 'internet-facing', Type: 'application' }));
  const lbArn = lb.LoadBalancers?.[0]?.LoadBalancerArn;
  await elb.send(new CreateListenerCommand({ LoadBalancerArn: lbArn, Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }] }));
  for (const c of [sns, sqs, sm, iam, lambda, ddb, ecr, ec2, eks, elb]) c.destroy();
  await buildNetwork(vpcId);
  await buildClassicLoadBalancers();
}

/** Classic Load Balancers: one TLS-only with access logs, one plain HTTP without. */
async function buildClassicLoadBalancers(): Promise<void> {
  const elb = new ElasticLoadBalancingClient(clientConfig());
  // moto does not look up IAM server certificates named by ARN.
  const cert = 'arn:aws:iam::123456789012:server-certificate/good-cert';
  await elb.send(new CreateClassicLoadBalancerCommand({ LoadBalancerName: 'good-clb', AvailabilityZones: ['us-east-1a'], Scheme: 'internal', Listeners: [{ Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTPS', InstancePort: 8443, SSLCertificateId: cert }] }));
  await elb.send(new ModifyLoadBalancerAttributesCommand({ LoadBalancerName: 'good-clb', LoadBalancerAttributes: { AccessLog: { Enabled: true, S3BucketName: 'parapet-logs-us', EmitInterval: 60 } } }));
  await elb.send(new CreateClassicLoadBalancerCommand({ LoadBalancerName: 'bad-clb', AvailabilityZones: ['us-east-1a'], Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 8080 }] }));
  elb.destroy();
}

/** Network ACLs and subnets, planted after everything that picks "the first subnet" of the VPC. */
async function buildNetwork(vpcId: string): Promise<void> {
  const ec2 = new EC2Client(clientConfig());
  const nameTag = (type: 'network-acl' | 'subnet', name: string) => [{ ResourceType: type, Tags: [{ Key: 'Name', Value: name }] }];
  const goodAcl = await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId, TagSpecifications: nameTag('network-acl', 'good-nacl') }));
  await ec2.send(new CreateNetworkAclEntryCommand({ NetworkAclId: goodAcl.NetworkAcl?.NetworkAclId, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '10.0.0.0/8', PortRange: { From: 443, To: 443 } }));
  const badAcl = await ec2.send(new CreateNetworkAclCommand({ VpcId: vpcId, TagSpecifications: nameTag('network-acl', 'bad-nacl-open') }));
  await ec2.send(new CreateNetworkAclEntryCommand({ NetworkAclId: badAcl.NetworkAcl?.NetworkAclId, RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' }));
  await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '172.31.128.0/24', AvailabilityZone: 'us-east-1a', TagSpecifications: nameTag('subnet', 'good-subnet') }));
  const bad = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '172.31.129.0/24', AvailabilityZone: 'us-east-1b', TagSpecifications: nameTag('subnet', 'bad-subnet-public') }));
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: bad.Subnet?.SubnetId, MapPublicIpOnLaunch: { Value: true } }));
  ec2.destroy();
}

/**
 * moto 5.2 checks a few operations under other names than IAM's: three bucket sub-resources it has
 * no entry for in its action map (`?encryption`, `?ownershipControls`, `?publicAccessBlock`) as
 * `s3:ListBucket`, the account block public access as `s3:GetPublicAccessBlock`, and CloudWatch
 * under its signing name `monitoring`. The scanner gets those emulator names next to the real IAM
 * actions, so the generated policy itself is what is tested.
 */
export const MOTO_ACTION_ALIASES: Record<string, string> = {
  's3:GetEncryptionConfiguration': 's3:ListBucket',
  's3:GetBucketOwnershipControls': 's3:ListBucket',
  's3:GetBucketPublicAccessBlock': 's3:ListBucket',
  's3:GetAccountPublicAccessBlock': 's3:GetPublicAccessBlock',
  // moto names CloudWatch actions after the signing name `monitoring`.
  'cloudwatch:DescribeAlarms': 'monitoring:DescribeAlarms',
  // IAM authorises every API Gateway read as apigateway:GET; moto checks the operation names (GetRestApis, GetStages, GetApis).
  'apigateway:GET': 'apigateway:Get*',
};

/** An IAM user holding exactly `actions` (plus moto's aliases), with an access key to scan as. */
export async function createScanner(name: string, actions: readonly string[]): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  const iam = new IAMClient(clientConfig());
  const all = [...new Set(actions.flatMap((a) => (MOTO_ACTION_ALIASES[a] ? [a, MOTO_ACTION_ALIASES[a]] : [a])))].sort();
  const policy = await iam.send(new CreatePolicyCommand({ PolicyName: `${name}-policy`, PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: all, Resource: '*' }] }) }));
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn: policy.Policy?.Arn }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  iam.destroy();
  return { accessKeyId: key.AccessKey?.AccessKeyId ?? '', secretAccessKey: key.AccessKey?.SecretAccessKey ?? '' };
}
