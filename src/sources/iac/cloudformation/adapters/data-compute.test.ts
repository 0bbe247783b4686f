import { describe, expect, it } from 'vitest';
import type { JsonValue, Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

function scan(content: string): (logicalId: string) => Record<string, JsonValue | string> {
  const { resources } = scanCloudFormation([{ path: 'template.yaml', content }]);
  return (id) => {
    const r = resources.find((x) => x.provenance.address === id) as Resource;
    return Object.fromEntries(Object.entries(r.attributes).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));
  };
}

describe('CloudFormation adapters for data and compute services', () => {
  it('clusters, tables, file systems, caches and warehouses', () => {
    const get = scan(`
Resources:
  Docs:
    Type: AWS::DocDB::DBCluster
    Properties:
      StorageEncrypted: true
      KmsKeyId: !Ref Key
      EnableCloudwatchLogsExports: [audit]
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      SSESpecification:
        SSEEnabled: true
      PointInTimeRecoverySpecification:
        PointInTimeRecoveryEnabled: "true"
  Files:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: false
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      TransitEncryptionEnabled: true
      UserGroupIds: [app]
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
      LoggingProperties:
        LogDestinationType: cloudwatch
  Key:
    Type: AWS::KMS::Key
`);
    expect(get('Docs')).toMatchObject({ engine: 'docdb', storageEncrypted: true, kmsKeyId: '${Key}', enabledCloudwatchLogsExports: ['audit'] });
    expect(get('Table')).toMatchObject({ sseType: 'KMS', pointInTimeRecoveryEnabled: true });
    expect(get('Files')).toMatchObject({ encrypted: false });
    expect(get('Cache')).toMatchObject({ transitEncryptionEnabled: true, userGroupIds: ['app'] });
    expect(get('Warehouse')).toMatchObject({ encrypted: true, loggingEnabled: true });
  });

  it('Lambda functions fold in their URL and permissions; queues and secrets their policy and rotation', () => {
    const get = scan(`
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      TracingConfig:
        Mode: Active
  Url:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: !GetAtt Fn.Arn
      AuthType: NONE
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: sns.amazonaws.com
      SourceArn: !Ref Topic
  Topic:
    Type: AWS::SNS::Topic
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: alias/aws/sqs
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
  Secret:
    Type: AWS::SecretsManager::Secret
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Secret
      RotationRules:
        AutomaticallyAfterDays: 30
`);
    expect(get('Fn')).toMatchObject({
      runtime: 'nodejs20.x',
      tracingMode: 'Active',
      functionUrl: { authType: 'NONE' },
      policy: { Statement: [{ Sid: 'Perm', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': '${Topic}' } } }] },
    });
    expect(get('Queue')).toMatchObject({ kmsMasterKeyId: 'alias/aws/sqs', policy: { Statement: [{ Principal: '*' }] } });
    expect(get('Secret')).toMatchObject({ rotationEnabled: true, rotationRules: { automaticallyAfterDays: 30 } });
  });

  it('load balancer attributes, listeners, EKS, ECR, OpenSearch, CloudFront and API stages', () => {
    const get = scan(`
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      LoadBalancerAttributes:
        - Key: routing.http.drop_invalid_header_fields.enabled
          Value: "true"
        - Key: deletion_protection.enabled
          Value: false
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Protocol: HTTP
      Port: 80
      DefaultActions:
        - Type: redirect
          RedirectConfig:
            Protocol: HTTPS
  Eks:
    Type: AWS::EKS::Cluster
    Properties:
      ResourcesVpcConfig:
        EndpointPublicAccess: false
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
      EncryptionConfig:
        - Resources: [secrets]
          Provider:
            KeyArn: alias/eks
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      ImageTagMutability: IMMUTABLE
      RepositoryPolicyText: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*"}]}'
  Search:
    Type: AWS::Elasticsearch::Domain
    Properties:
      DomainEndpointOptions:
        EnforceHTTPS: true
      LogPublishingOptions:
        AUDIT_LOGS:
          CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:audit
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        DefaultCacheBehavior:
          ViewerProtocolPolicy: allow-all
        ViewerCertificate:
          MinimumProtocolVersion: TLSv1.2_2021
        Logging:
          Bucket: logs.s3.amazonaws.com
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      AccessLogSetting:
        DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:api
      MethodSettings:
        - ResourcePath: /*
          HttpMethod: "*"
          CachingEnabled: true
          CacheDataEncrypted: true
`);
    expect(get('Lb')).toMatchObject({ dropInvalidHeaderFields: true, deletionProtection: false });
    expect(get('Http')).toMatchObject({ protocol: 'HTTP', port: 80, defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] });
    expect(get('Eks')).toMatchObject({ endpointPublicAccess: false, enabledLogTypes: ['api'], encryptionConfig: [{ resources: ['secrets'], keyArn: 'alias/eks' }] });
    expect(get('Repo')).toMatchObject({ imageTagMutability: 'IMMUTABLE', policy: { Statement: [{ Principal: '*' }] } });
    expect(get('Search')).toMatchObject({ enforceHttps: true, logPublishing: { AUDIT_LOGS: { enabled: true } } });
    expect(get('Cdn')).toMatchObject({ viewerProtocolPolicies: [{ pathPattern: '*', viewerProtocolPolicy: 'allow-all' }], cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.2_2021', loggingEnabled: true });
    expect(get('Stage')).toMatchObject({ apiKind: 'rest', accessLogDestinationArn: 'arn:aws:logs:us-east-1:111122223333:log-group:api', methodSettings: [{ methodPath: '/*/*', cachingEnabled: true, cacheDataEncrypted: true }] });
  });

  it('Kinesis, MSK and ECS settings', () => {
    const get = scan(`
Resources:
  Stream:
    Type: AWS::Kinesis::Stream
    Properties:
      StreamEncryption:
        EncryptionType: KMS
        KeyId: alias/key
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      EncryptionInfo:
        EncryptionAtRest:
          DataVolumeKMSKeyId: key-1
      LoggingInfo:
        BrokerLogs:
          CloudWatchLogs:
            Enabled: true
  Cluster:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings:
        - Name: containerInsights
          Value: enhanced
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: app
          Environment:
            - Name: AWS_ACCESS_KEY_ID
              Value: AKIAEXAMPLE
      Volumes:
        - Name: home
          EFSVolumeConfiguration:
            FilesystemId: fs1
            TransitEncryption: ENABLED
`);
    expect(get('Stream')).toMatchObject({ encryptionType: 'KMS', keyId: 'alias/key' });
    expect(get('Kafka')).toMatchObject({ dataVolumeKmsKeyId: 'key-1', brokerLogs: { cloudWatchLogs: true, firehose: false, s3: false } });
    expect(get('Cluster')).toMatchObject({ containerInsights: 'enhanced' });
    expect(get('Task')).toMatchObject({ environmentVariableNames: ['app/AWS_ACCESS_KEY_ID'], efsVolumes: [{ name: 'home', transitEncryption: 'ENABLED' }] });
  });

  it('Classic Load Balancers', () => {
    const get = scan(`
Resources:
  Classic:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      Listeners:
        - Protocol: HTTPS
          LoadBalancerPort: "443"
          InstanceProtocol: HTTP
          InstancePort: "80"
          SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/c
      AccessLoggingPolicy:
        Enabled: false
        S3BucketName: logs
`);
    expect(get('Classic')).toMatchObject({ listeners: [{ protocol: 'HTTPS', loadBalancerPort: 443, sslCertificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/c' }], accessLogsEnabled: false });
  });
});
