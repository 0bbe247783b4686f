import type { JsonValue } from '../../../../core/index.js';
import { ResourceDraft, compact, valueAt } from './builder.js';
import { applyFields, blockCount, bool, keyRef, present, str, strList } from './table.js';
import type { TfAdapter } from './types.js';

function named(inst: Parameters<TfAdapter['build']>[0], type: string, attr: string): ResourceDraft {
  const name = valueAt(inst, [attr]);
  return new ResourceDraft(inst, type, typeof name === 'string' ? name : inst.address);
}

export const elasticacheReplicationGroupAdapter: TfAdapter = {
  modelType: 'aws.elasticache.replication-group',
  primary: ['aws_elasticache_replication_group'],
  build(inst) {
    const d = named(inst, 'aws.elasticache.replication-group', 'replication_group_id');
    applyFields(d, inst, [
      ['engine', ['engine'], str],
      ['atRestEncryptionEnabled', ['at_rest_encryption_enabled'], bool],
      ['transitEncryptionEnabled', ['transit_encryption_enabled'], bool],
      ['transitEncryptionMode', ['transit_encryption_mode'], str],
      // The token's value is a secret and often a variable: only whether it is written matters.
      ['authTokenEnabled', ['auth_token'], present],
      ['userGroupIds', ['user_group_ids'], strList],
      ['kmsKeyId', ['kms_key_id'], keyRef],
    ]);
    return d;
  },
};

export const redshiftClusterAdapter: TfAdapter = {
  modelType: 'aws.redshift.cluster',
  primary: ['aws_redshift_cluster'],
  nameAttr: 'cluster_identifier',
  build(inst) {
    const d = named(inst, 'aws.redshift.cluster', 'cluster_identifier');
    applyFields(d, inst, [
      ['encrypted', ['encrypted'], bool],
      ['kmsKeyId', ['kms_key_id'], keyRef],
      ['publiclyAccessible', ['publicly_accessible'], bool],
      ['loggingEnabled', ['logging', 0, 'enable'], bool],
      ['clusterSubnetGroupName', ['cluster_subnet_group_name'], keyRef],
    ]);
    return d;
  },
  joins: {
    aws_redshift_logging: { via: 'cluster_identifier', apply: (d, inst) => d.set('loggingEnabled', true, { inst, path: [] }) },
  },
};

export const opensearchDomainAdapter: TfAdapter = {
  modelType: 'aws.opensearch.domain',
  primary: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  build(inst) {
    const d = named(inst, 'aws.opensearch.domain', 'domain_name');
    applyFields(d, inst, [
      ['engineVersion', [inst.type === 'aws_elasticsearch_domain' ? 'elasticsearch_version' : 'engine_version'], str],
      ['encryptionAtRestEnabled', ['encrypt_at_rest', 0, 'enabled'], bool],
      ['nodeToNodeEncryptionEnabled', ['node_to_node_encryption', 0, 'enabled'], bool],
      ['enforceHttps', ['domain_endpoint_options', 0, 'enforce_https'], bool],
      ['tlsSecurityPolicy', ['domain_endpoint_options', 0, 'tls_security_policy'], str],
      ['vpcSubnetIds', ['vpc_options', 0, 'subnet_ids'], strList],
    ]);
    const n = blockCount(inst, ['log_publishing_options']);
    if (n > 0) {
      const logs: Record<string, JsonValue> = {};
      for (let i = 0; i < n; i++) {
        const type = str(valueAt(inst, ['log_publishing_options', i, 'log_type']));
        if (typeof type !== 'string') continue;
        logs[type] = compact({ enabled: bool(valueAt(inst, ['log_publishing_options', i, 'enabled'])) ?? true, cloudWatchLogsLogGroupArn: keyRef(valueAt(inst, ['log_publishing_options', i, 'cloudwatch_log_group_arn'])) });
      }
      d.set('logPublishing', logs, { inst, path: ['log_publishing_options'] });
    }
    return d;
  },
};
