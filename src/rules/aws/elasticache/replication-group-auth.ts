import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elasticache-replication-group-auth',
    title: 'ElastiCache replication groups require clients to authenticate',
    severity: 'high',
    provider: 'aws',
    service: 'elasticache',
    resourceTypes: ['aws.elasticache.replication-group'],
    description:
      'Checks that clients must authenticate to the Redis OSS or Valkey replication group, either with an AUTH token or with role-based access control (user groups). Both need in-transit encryption.',
    risk:
      'Without authentication anything that can reach the nodes on the network can read every cached value, write poisoned data, or flush the cache.',
    remediation: {
      text: 'Enable in-transit encryption and either set an AUTH token or, better, attach an RBAC user group with per-application users and limited command sets.',
      cli: 'aws elasticache modify-replication-group --replication-group-id GROUP --user-group-ids-to-add USER_GROUP --apply-immediately',
      terraform: 'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  transit_encryption_enabled = true\n  user_group_ids             = [aws_elasticache_user_group.app.id]\n}',
      cloudformation: 'Type: AWS::ElastiCache::ReplicationGroup\nProperties:\n  TransitEncryptionEnabled: true\n  UserGroupIds:\n    - !Ref AppUserGroup',
      console: 'ElastiCache > Redis OSS caches > group > Modify > Security > Access control: User group access control list > choose a user group',
    },
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.list('userGroupIds').length) return ctx.pass('Clients authenticate through RBAC user groups', 'userGroupIds');
    if (ctx.bool('authTokenEnabled')) return ctx.pass('Clients must present the AUTH token', 'authTokenEnabled');
    return ctx.fail('Clients can connect without authenticating: no AUTH token and no RBAC user group', 'authTokenEnabled');
  },
});
