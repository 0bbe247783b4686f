import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-replication-group-encrypted-in-transit',
    title: 'ElastiCache replication groups require TLS in transit',
    severity: 'high',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    description:
      'Checks that in-transit encryption is on and required (not in the preferred migration mode), so that clients and replicas talk to the nodes over TLS only.',
    risk:
      'Without TLS every command, cached value and AUTH token crosses the network in clear text and can be read or altered by anyone able to observe traffic in the VPC.',
    remediation: {
      text: 'Turn on in-transit encryption (on supported engine versions first in "preferred" mode, then "required" once every client uses TLS), or create a new group with it enabled.',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately\n# once every client connects over TLS:\naws elasticache modify-replication-group --replication-group-id GROUP --transit-encryption-mode required --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  TransitEncryptionEnabled: true',
      console: 'ElastiCache > Redis OSS caches > group > Modify > Security > Encryption in transit: Enable',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('transitEncryptionEnabled')) return ctx.fail('Connections to the replication group are not encrypted', 'transitEncryptionEnabled');
    // Preferred mode is the migration step: TLS is offered, but plain-text clients still get in.
    if (ctx.string('transitEncryptionMode') === 'preferred') return ctx.fail('TLS is offered but not required: the transit encryption mode is preferred, so plain-text connections are still accepted', 'transitEncryptionMode');
    return ctx.pass('Connections to the replication group must use TLS', 'transitEncryptionEnabled');
  },
});
