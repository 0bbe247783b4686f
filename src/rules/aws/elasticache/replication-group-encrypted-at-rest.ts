import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-replication-group-encrypted-at-rest',
    title: 'ElastiCache replication groups encrypt data at rest',
    severity: 'medium',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    description:
      'Checks that at-rest encryption is on for the Redis OSS or Valkey replication group, covering data synced to disk, swap and backups in S3.',
    risk:
      "Cached data often holds session tokens and personal data; without at-rest encryption it lands in clear text on node disks and in the group's backups.",
    remediation: {
      text: 'At-rest encryption is chosen at creation on older engine versions: create an encrypted group (or restore a backup into one), switch clients to its endpoint and delete the old group.',
      cli: 'aws elasticache create-replication-group --replication-group-id GROUP --replication-group-description DESC --engine redis --at-rest-encryption-enabled --cache-node-type cache.t4g.small',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  at_rest_encryption_enabled = true\n}',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  AtRestEncryptionEnabled: true',
      console: 'ElastiCache > Redis OSS caches > Create > Security > Encryption at rest: Enable',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('atRestEncryptionEnabled')) return ctx.pass('The replication group encrypts data at rest', 'atRestEncryptionEnabled');
    return ctx.fail('The replication group does not encrypt data at rest', 'atRestEncryptionEnabled');
  },
});
