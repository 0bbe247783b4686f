import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-cluster-customer-key',
    title: 'Redshift clusters are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    description:
      'Checks that the cluster is encrypted with a customer managed KMS key rather than left unencrypted or on the AWS managed key aws/redshift.',
    risk:
      'With the AWS managed key, anyone in the account with Redshift access can use the key and encrypted snapshots cannot be shared or copied across accounts under your own key policy.',
    remediation: {
      text: 'Change the cluster encryption to a customer managed key; Redshift re-encrypts the data in the background.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id KEY_ARN',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.redshift.arn\n}',
      cloudformation: 'Type: AWS::Redshift::Cluster\nProperties:\n  Encrypted: true\n  KmsKeyId: !GetAtt WarehouseKey.Arn',
      console: 'Redshift > Clusters > cluster > Properties > Database configurations > Edit encryption > Use AWS KMS > choose your key',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('encrypted')) return ctx.fail('The cluster is not encrypted', 'encrypted');
    const key = judgeKey(ctx, 'kmsKeyId');
    if (key.kind === 'none') return ctx.fail('The cluster is encrypted with the AWS managed key aws/redshift', 'kmsKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`The cluster is encrypted with the AWS managed key ${key.key}`, 'kmsKeyId');
    return ctx.pass(`The cluster is encrypted with customer managed key ${key.key}`, 'kmsKeyId');
  },
});
