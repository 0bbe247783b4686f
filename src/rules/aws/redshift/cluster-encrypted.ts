import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-cluster-encrypted',
    title: 'Redshift clusters are encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    description:
      'Checks that the cluster encrypts its data blocks, system metadata and snapshots. Since January 2025 new clusters are encrypted by default; older clusters may not be.',
    risk:
      'An unencrypted warehouse keeps large volumes of business data, and every snapshot of it, in clear text on storage outside your key control.',
    remediation: {
      text: 'Encrypt the cluster with a KMS key; Redshift migrates the data to encrypted storage (the cluster is read-only while it does).',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id KEY_ARN',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.redshift.arn\n}',
      cloudformation: 'Type: AWS::Redshift::Cluster\nProperties:\n  Encrypted: true\n  KmsKeyId: !Ref WarehouseKey',
      console: 'Redshift > Clusters > cluster > Properties > Database configurations > Edit encryption > Use AWS KMS',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('encrypted')) return ctx.pass('The cluster is encrypted at rest', 'encrypted');
    return ctx.fail('The cluster is not encrypted at rest', 'encrypted');
  },
});
