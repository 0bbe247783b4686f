/**
 * Equivalences owned by the data-compute rule set: trivy-checks long id → Parapet rule ids.
 *
 * Checks deliberately left out, because the peer's examples and AWS behaviour (or our rule's
 * concept) disagree:
 * - aws-rds-specify-backup-retention: its good examples keep backups for 5 days; our rules ask for
 *   at least 7 (the AWS Foundational Security Best Practices threshold), so they fail those.
 * - aws-sqs-enable-queue-encryption: its bad example is a queue with no settings, but SQS turns on
 *   SSE-SQS for new queues by default since late 2022, so that queue is encrypted.
 * - aws-cloudfront-enable-logging: its examples count CloudWatch vended log delivery (logging v2),
 *   configured in separate resources that our distribution rule does not read.
 * - aws-redshift-use-vpc: EC2-Classic is retired; a cluster without a subnet group lands in the
 *   default VPC, so the missing group says nothing about network exposure.
 * - aws-elb-alb-not-public: internet-facing load balancers are the normal way to publish an
 *   application; being public is not a misconfiguration by itself.
 * - aws-elasticache-enable-backup-retention: judges single-node cache clusters
 *   (aws_elasticache_cluster), a type we do not model.
 * - aws-apigateway-no-public-access, aws-apigateway-use-secure-tls-policy, aws-apigateway-enable-cache:
 *   methods, custom domain names and caching as such are not modelled yet.
 * - aws-rds-enable-performance-insights: Performance Insights is a diagnostics feature, not a
 *   security control; we only judge its encryption key.
 */
export const DATA_COMPUTE: Readonly<Record<string, readonly string[]>> = {
  // RDS, DocumentDB, Neptune (DocumentDB and Neptune clusters are RDS clusters in the model).
  // The trivy check also flags clusters encrypted with the AWS managed key, so both rules together.
  'aws-rds-encrypt-cluster-storage-data': ['aws-rds-cluster-storage-encrypted', 'aws-rds-cluster-customer-key'],
  'aws-rds-performance-insights-encryption-customer-key': ['aws-rds-instance-performance-insights-customer-key'],
  'aws-documentdb-enable-storage-encryption': ['aws-rds-cluster-storage-encrypted'],
  'aws-documentdb-encryption-customer-key': ['aws-rds-cluster-customer-key'],
  'aws-documentdb-enable-log-export': ['aws-rds-cluster-log-exports'],
  'aws-neptune-enable-storage-encryption': ['aws-rds-cluster-storage-encrypted'],
  'aws-neptune-encryption-customer-key': ['aws-rds-cluster-customer-key'],
  'aws-neptune-enable-log-export': ['aws-rds-cluster-log-exports'],
  // DynamoDB
  'aws-dynamodb-enable-recovery': ['aws-dynamodb-table-point-in-time-recovery'],
  'aws-dynamodb-table-customer-key': ['aws-dynamodb-table-customer-key'],
  'aws-dynamodb-enable-at-rest-encryption': ['aws-dynamodb-dax-cluster-encrypted'],
  // Lambda
  'aws-lambda-enable-tracing': ['aws-lambda-function-tracing'],
  'aws-lambda-restrict-source-arn': ['aws-lambda-permission-source-restricted'],
  // Kinesis, MSK (MSK always encrypts at rest; the trivy check's examples ask for a key of one's own)
  'aws-kinesis-enable-in-transit-encryption': ['aws-kinesis-stream-encrypted'],
  'aws-msk-enable-in-transit-encryption': ['aws-msk-cluster-encrypted-in-transit'],
  'aws-msk-enable-logging': ['aws-msk-cluster-broker-logging'],
  'aws-msk-enable-at-rest-encryption': ['aws-msk-cluster-customer-key'],
  // ECS
  'aws-ecs-enable-container-insight': ['aws-ecs-cluster-container-insights'],
  'aws-ecs-enable-in-transit-encryption': ['aws-ecs-task-efs-transit-encryption'],
  'aws-ecs-no-plaintext-secrets': ['aws-ecs-task-no-secrets-in-environment'],
  // SNS, SQS
  'aws-sns-enable-topic-encryption': ['aws-sns-topic-encrypted'],
  'aws-sns-topic-encryption-use-cmk': ['aws-sns-topic-customer-key'],
  'aws-sqs-queue-encryption-use-cmk': ['aws-sqs-queue-customer-key'],
  // Load balancers
  'aws-elb-drop-invalid-headers': ['aws-elb-alb-drop-invalid-headers'],
  'aws-elb-http-not-used': ['aws-elb-listener-https'],
  'aws-elb-use-secure-tls-policy': ['aws-elb-listener-tls-policy'],
  // EKS: one rule judges both (public endpoint open to 0.0.0.0/0, the default CIDR list).
  'aws-eks-no-public-cluster-access': ['aws-eks-endpoint-not-public'],
  'aws-eks-no-public-cluster-access-to-cidr': ['aws-eks-endpoint-not-public'],
  'aws-eks-enable-control-plane-logging': ['aws-eks-control-plane-logging'],
  'aws-eks-encrypt-secrets': ['aws-eks-secrets-encryption'],
  // ECR
  'aws-ecr-enable-image-scans': ['aws-ecr-repository-scan-on-push'],
  'aws-ecr-enforce-immutable-repository': ['aws-ecr-repository-tag-immutability'],
  'aws-ecr-repository-customer-key': ['aws-ecr-repository-customer-key'],
  // One bad example builds its policy with data.aws_iam_policy_document, which the evaluator renders.
  'aws-ecr-no-public-access': ['aws-ecr-repository-not-public'],
  // EFS, ElastiCache, Redshift
  'aws-efs-enable-at-rest-encryption': ['aws-efs-file-system-encrypted'],
  'aws-elasticache-enable-at-rest-encryption': ['aws-elasticache-replication-group-encrypted-at-rest'],
  'aws-elasticache-enable-in-transit-encryption': ['aws-elasticache-replication-group-encrypted-in-transit'],
  'aws-redshift-encryption-customer-key': ['aws-redshift-cluster-customer-key'],
  // OpenSearch / Elasticsearch
  'aws-elasticsearch-enable-domain-encryption': ['aws-opensearch-domain-encrypted-at-rest'],
  'aws-elasticsearch-enable-in-transit-encryption': ['aws-opensearch-domain-node-to-node-encryption'],
  'aws-elasticsearch-enforce-https': ['aws-opensearch-domain-enforce-https'],
  'aws-elasticsearch-use-secure-tls-policy': ['aws-opensearch-domain-tls-policy'],
  'aws-elasticsearch-enable-domain-logging': ['aws-opensearch-domain-audit-logs'],
  // CloudFront
  'aws-cloudfront-enforce-https': ['aws-cloudfront-distribution-https-only'],
  'aws-cloudfront-use-secure-tls-policy': ['aws-cloudfront-distribution-tls-version'],
  'aws-cloudfront-enable-waf': ['aws-cloudfront-distribution-waf'],
  // API Gateway
  'aws-apigateway-enable-access-logging': ['aws-apigateway-stage-access-logging'],
  'aws-apigateway-enable-tracing': ['aws-apigateway-stage-xray-tracing'],
  'aws-apigateway-enable-cache-encryption': ['aws-apigateway-stage-cache-encrypted'],
  // S3 (non-policy concepts)
  'aws-s3-encryption-customer-key': ['aws-s3-bucket-customer-key'],
  'aws-s3-require-mfa-delete': ['aws-s3-bucket-mfa-delete'],
};
