import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const elasticacheReplicationGroup = defineResourceType({
  type: 'aws.elasticache.replication-group',
  provider: 'aws',
  service: 'elasticache',
  description: 'An ElastiCache (Redis OSS or Valkey) replication group.',
  aliases: ['aws_elasticache_replication_group', 'AWS::ElastiCache::ReplicationGroup', 'elasticache_replication_group'],
  attributes: {
    engine: a.string('redis or valkey'),
    atRestEncryptionEnabled: a.bool('Data at rest is encrypted', { default: false }),
    transitEncryptionEnabled: a.bool('Connections use TLS', { default: false }),
    transitEncryptionMode: a.enum(['preferred', 'required'] as const, 'With TLS on: required refuses plain-text clients, preferred (a migration step) still accepts them', {
      default: 'required',
      defaultNote: 'Turning in-transit encryption on without naming a mode requires TLS',
    }),
    authTokenEnabled: a.bool('Clients must present an AUTH token', { default: false }),
    userGroupIds: a.list(a.string('User group id'), 'RBAC user groups (access control lists)', { default: [] }),
    kmsKeyId: a.string('KMS key for encryption at rest'),
  },
});

export const redshiftCluster = defineResourceType({
  type: 'aws.redshift.cluster',
  provider: 'aws',
  service: 'redshift',
  description: 'A provisioned Redshift cluster.',
  aliases: ['aws_redshift_cluster', 'AWS::Redshift::Cluster', 'redshift_cluster'],
  attributes: {
    encrypted: a.bool('Data at rest is encrypted', {
      default: true,
      defaultNote: 'Redshift encrypts new provisioned clusters with an AWS managed key since January 2025 (Terraform AWS provider v6 follows)',
    }),
    kmsKeyId: a.string('KMS key protecting the data'),
    publiclyAccessible: a.bool('The cluster has a public address', { default: false, defaultNote: 'Redshift creates private clusters unless asked' }),
    loggingEnabled: a.bool('Audit logging (connection and user logs) is on', { default: false }),
    clusterSubnetGroupName: a.string('Subnet group'),
  },
});

export const opensearchDomain = defineResourceType({
  type: 'aws.opensearch.domain',
  provider: 'aws',
  service: 'opensearch',
  description: 'An OpenSearch Service (or legacy Elasticsearch) domain.',
  aliases: ['aws_opensearch_domain', 'aws_elasticsearch_domain', 'AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain', 'opensearch_domain'],
  attributes: {
    engineVersion: a.string('Engine version, e.g. OpenSearch_2.11'),
    encryptionAtRestEnabled: a.bool('encryptionAtRestOptions.enabled', { default: false }),
    nodeToNodeEncryptionEnabled: a.bool('nodeToNodeEncryptionOptions.enabled', { default: false }),
    enforceHttps: a.bool('domainEndpointOptions.enforceHTTPS', { default: false }),
    tlsSecurityPolicy: a.string('domainEndpointOptions.tlsSecurityPolicy', {
      default: 'Policy-Min-TLS-1-0-2019-07',
      defaultNote: 'Domains accept TLS 1.0 unless a newer policy is chosen',
    }),
    vpcSubnetIds: a.list(a.string('Subnet id'), 'Subnets of the VPC endpoint; empty for a public endpoint', { default: [] }),
    logPublishing: a.map(a.object({ enabled: a.bool('On'), cloudWatchLogsLogGroupArn: a.string('Log group') }, 'Log destination'), 'logPublishingOptions by log type (AUDIT_LOGS, ES_APPLICATION_LOGS, ...)', {
      default: {},
    }),
  },
});
