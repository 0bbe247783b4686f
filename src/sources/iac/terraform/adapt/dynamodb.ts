import { ResourceDraft, valueAt } from './builder.js';
import { applyFields, bool, keyRef, str } from './table.js';
import type { TfAdapter } from './types.js';

export const dynamodbTableAdapter: TfAdapter = {
  modelType: 'aws.dynamodb.table',
  primary: ['aws_dynamodb_table'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.dynamodb.table', typeof name === 'string' ? name : inst.address);
    applyFields(d, inst, [
      ['pointInTimeRecoveryEnabled', ['point_in_time_recovery', 0, 'enabled'], bool],
      ['kmsMasterKeyArn', ['server_side_encryption', 0, 'kms_key_arn'], keyRef],
      ['deletionProtectionEnabled', ['deletion_protection_enabled'], bool],
      ['billingMode', ['billing_mode'], str],
    ]);
    // server_side_encryption.enabled = true switches from the AWS owned key to KMS.
    const sse = bool(valueAt(inst, ['server_side_encryption', 0, 'enabled']));
    if (sse !== undefined) d.set('sseType', typeof sse === 'boolean' ? (sse ? 'KMS' : 'NONE') : sse, { inst, path: ['server_side_encryption', 0, 'enabled'] });
    return d;
  },
};

export const daxClusterAdapter: TfAdapter = {
  modelType: 'aws.dynamodb.dax-cluster',
  primary: ['aws_dax_cluster'],
  build(inst) {
    const name = valueAt(inst, ['cluster_name']);
    const d = new ResourceDraft(inst, 'aws.dynamodb.dax-cluster', typeof name === 'string' ? name : inst.address);
    applyFields(d, inst, [
      ['sseEnabled', ['server_side_encryption', 0, 'enabled'], bool],
      ['clusterEndpointEncryptionType', ['cluster_endpoint_encryption_type'], str],
    ]);
    return d;
  },
};
