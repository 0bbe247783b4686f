import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonValue, Resource } from '../../../../core/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  const by = (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource;
  return { ...r, by };
}

function values(r: Resource): Record<string, JsonValue | string> {
  return Object.fromEntries(Object.entries(r.attributes).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));
}

describe('Terraform adapters for data and compute services', () => {
  it('RDS, DocumentDB and Neptune clusters share one model type', () => {
    const { by } = scan(`
resource "aws_kms_key" "db" {}
resource "aws_rds_cluster" "a" {
  cluster_identifier              = "orders"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.db.arn
  backup_retention_period         = 14
  enabled_cloudwatch_logs_exports = ["postgresql"]
}
resource "aws_docdb_cluster" "d" {
  enabled_cloudwatch_logs_exports = "audit"
}
resource "aws_neptune_cluster" "n" {
  kms_key_arn                    = "arn:aws:kms:us-east-1:111122223333:key/k"
  enable_cloudwatch_logs_exports = ["audit"]
}`);
    expect(values(by('aws_rds_cluster.a'))).toMatchObject({ engine: 'aurora-postgresql', storageEncrypted: true, kmsKeyId: 'aws_kms_key.db.arn', backupRetentionPeriod: 14, enabledCloudwatchLogsExports: ['postgresql'] });
    expect(by('aws_rds_cluster.a').name).toBe('orders');
    expect(values(by('aws_docdb_cluster.d'))).toMatchObject({ engine: 'docdb', enabledCloudwatchLogsExports: ['audit'] });
    expect(values(by('aws_neptune_cluster.n'))).toMatchObject({ engine: 'neptune', kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' });
  });

  it('DynamoDB encryption: enabled means KMS, disabled the AWS owned key', () => {
    const { by } = scan(`
resource "aws_dynamodb_table" "on" {
  name = "on"
  server_side_encryption {
    enabled = true
  }
  point_in_time_recovery {
    enabled = true
  }
}
resource "aws_dynamodb_table" "off" {
  name = "off"
  server_side_encryption {
    enabled = false
  }
}`);
    expect(values(by('aws_dynamodb_table.on'))).toMatchObject({ sseType: 'KMS', pointInTimeRecoveryEnabled: true });
    expect(values(by('aws_dynamodb_table.off'))).toMatchObject({ sseType: 'NONE' });
  });

  it('Lambda functions collect their URL and permissions', () => {
    const { by } = scan(`
resource "aws_lambda_function" "f" {
  function_name = "f"
  runtime       = "python3.12"
  tracing_config {
    mode = "Passthrough"
  }
  environment {
    variables = { TABLE = "orders" }
  }
}
resource "aws_lambda_function_url" "u" {
  function_name      = aws_lambda_function.f.function_name
  authorization_type = "NONE"
}
resource "aws_lambda_permission" "s3" {
  function_name = aws_lambda_function.f.function_name
  action        = "lambda:InvokeFunction"
  principal     = "s3.amazonaws.com"
  source_arn    = "arn:aws:s3:::uploads"
}
resource "aws_lambda_permission" "any" {
  function_name = "f"
  action        = "lambda:InvokeFunction"
  principal     = "*"
}`);
    const f = values(by('aws_lambda_function.f'));
    expect(f).toMatchObject({ runtime: 'python3.12', tracingMode: 'PassThrough', environmentVariableNames: ['TABLE'], functionUrl: { authType: 'NONE' } });
    expect(f.policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } },
        { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' },
      ],
    });
  });

  it('queues, topics and secrets take their policies and rotation from separate resources', () => {
    const { by } = scan(`
resource "aws_sqs_queue" "q" {
  sqs_managed_sse_enabled = false
}
resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.q.id
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage" }] })
}
resource "aws_sns_topic" "t" {
  kms_master_key_id = "alias/aws/sns"
}
resource "aws_secretsmanager_secret" "s" {
  name = "db"
}
resource "aws_secretsmanager_secret_rotation" "r" {
  secret_id = aws_secretsmanager_secret.s.id
  rotation_rules {
    automatically_after_days = 30
  }
}`);
    expect(values(by('aws_sqs_queue.q'))).toMatchObject({ sqsManagedSseEnabled: false, policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }] } });
    expect(values(by('aws_sns_topic.t'))).toMatchObject({ kmsMasterKeyId: 'alias/aws/sns' });
    expect(values(by('aws_secretsmanager_secret.s'))).toMatchObject({ rotationEnabled: true, rotationRules: { automaticallyAfterDays: 30 } });
  });

  it('load balancers and listeners', () => {
    const { by } = scan(`
resource "aws_lb" "web" {
  internal                   = false
  drop_invalid_header_fields = true
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}`);
    expect(values(by('aws_lb.web'))).toMatchObject({ scheme: 'internet-facing', dropInvalidHeaderFields: true, accessLogsEnabled: true, accessLogsBucket: 'logs' });
    expect(values(by('aws_lb_listener.http'))).toMatchObject({ loadBalancerArn: 'aws_lb.web.arn', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] });
  });

  it('EKS, ECR, EFS, ElastiCache, Redshift and OpenSearch settings', () => {
    const { by } = scan(`
resource "aws_eks_cluster" "k" {
  name                      = "k"
  enabled_cluster_log_types = ["api", "audit"]
  vpc_config {
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
resource "aws_ecr_repository" "r" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
resource "aws_ecr_repository_policy" "rp" {
  repository = "app"
  policy     = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:BatchGetImage" }] })
}
resource "aws_efs_file_system" "e" {
  encrypted = true
}
resource "aws_elasticache_replication_group" "c" {
  transit_encryption_enabled = true
  auth_token                 = var.token
}
resource "aws_redshift_cluster" "w" {
  cluster_identifier = "w"
}
resource "aws_redshift_logging" "wl" {
  cluster_identifier   = aws_redshift_cluster.w.id
  log_destination_type = "cloudwatch"
}
resource "aws_opensearch_domain" "o" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}
variable "token" {}
resource "aws_kms_key" "eks" {}
resource "aws_cloudwatch_log_group" "audit" {}`);
    expect(values(by('aws_eks_cluster.k'))).toMatchObject({
      endpointPublicAccess: true,
      publicAccessCidrs: ['203.0.113.0/24'],
      enabledLogTypes: ['api', 'audit'],
      encryptionConfig: [{ resources: ['secrets'], keyArn: 'aws_kms_key.eks.arn' }],
    });
    expect(values(by('aws_ecr_repository.r'))).toMatchObject({ imageTagMutability: 'IMMUTABLE', scanOnPush: true, policy: { Statement: [{ Principal: '*' }] } });
    expect(values(by('aws_efs_file_system.e'))).toMatchObject({ encrypted: true });
    expect(values(by('aws_elasticache_replication_group.c'))).toMatchObject({ transitEncryptionEnabled: true, authTokenEnabled: true });
    expect(values(by('aws_redshift_cluster.w'))).toMatchObject({ loggingEnabled: true });
    expect(values(by('aws_opensearch_domain.o'))).toMatchObject({ vpcSubnetIds: ['subnet-1'], logPublishing: { AUDIT_LOGS: { enabled: true, cloudWatchLogsLogGroupArn: 'aws_cloudwatch_log_group.audit.arn' } } });
  });

  it('CloudFront behaviours and certificates, API Gateway stages and method settings', () => {
    const { by } = scan(`
resource "aws_cloudfront_distribution" "cdn" {
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https"
  }
  ordered_cache_behavior {
    path_pattern           = "/img/*"
    viewer_protocol_policy = "allow-all"
  }
  viewer_certificate {
    acm_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/c"
  }
}
resource "aws_api_gateway_stage" "prod" {
  stage_name           = "prod"
  xray_tracing_enabled = true
}
resource "aws_api_gateway_method_settings" "all" {
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}
resource "aws_apigatewayv2_stage" "http" {
  name = "http"
}`);
    expect(values(by('aws_cloudfront_distribution.cdn'))).toMatchObject({
      viewerProtocolPolicies: [
        { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' },
        { pathPattern: '/img/*', viewerProtocolPolicy: 'allow-all' },
      ],
      cloudFrontDefaultCertificate: false,
    });
    expect(values(by('aws_api_gateway_stage.prod'))).toMatchObject({ apiKind: 'rest', tracingEnabled: true, methodSettings: [{ methodPath: '*/*', cachingEnabled: true }] });
    expect(values(by('aws_apigatewayv2_stage.http'))).toEqual({ apiKind: 'v2' });
  });

  it('Kinesis, MSK and ECS settings, and permissions on a function defined elsewhere', () => {
    const { by, resources } = scan(`
resource "aws_kinesis_stream" "s" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
resource "aws_msk_cluster" "m" {
  cluster_name = "kafka"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
    }
  }
  logging_info {
    broker_logs {
      s3 {
        enabled = true
      }
    }
  }
}
resource "aws_ecs_cluster" "c" {
  name = "apps"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}
resource "aws_ecs_task_definition" "t" {
  family                = "web"
  container_definitions = jsonencode([{ name = "web", environment = [{ name = "DB_PASSWORD", value = "x" }] }])
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
    }
  }
}
resource "aws_lambda_permission" "p" {
  function_name = "shared-function"
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com"
}`);
    expect(values(by('aws_kinesis_stream.s'))).toMatchObject({ encryptionType: 'KMS', keyId: 'alias/aws/kinesis' });
    expect(values(by('aws_msk_cluster.m'))).toMatchObject({ clientBroker: 'TLS_PLAINTEXT', brokerLogs: { cloudWatchLogs: false, firehose: false, s3: true } });
    expect(values(by('aws_ecs_cluster.c'))).toMatchObject({ containerInsights: 'enabled' });
    expect(values(by('aws_ecs_task_definition.t'))).toMatchObject({ environmentVariableNames: ['web/DB_PASSWORD'], efsVolumes: [{ name: 'data' }] });
    const orphan = resources.find((r) => r.type === 'aws.lambda.function') as Resource;
    expect(orphan.name).toContain('shared-function');
    expect(values(orphan)).toMatchObject({ runtime: 'unknown', policy: { Statement: [{ Principal: { Service: 'events.amazonaws.com' } }] } });
  });

  it('Classic Load Balancers', () => {
    const { by } = scan(`
resource "aws_elb" "classic" {
  name = "classic"
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
  access_logs {
    bucket = "logs"
  }
}`);
    expect(values(by('aws_elb.classic'))).toMatchObject({ listeners: [{ protocol: 'HTTP', loadBalancerPort: 80, instanceProtocol: 'http' }], accessLogsEnabled: true });
  });
});
