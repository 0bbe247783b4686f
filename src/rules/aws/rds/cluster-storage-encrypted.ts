import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-storage-encrypted',
    title: 'RDS, DocumentDB and Neptune cluster storage is encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      'Checks that storage encryption is on for the DB cluster (Aurora, Multi-AZ DB cluster, DocumentDB or Neptune), which covers the shared cluster volume, its automated backups and its snapshots.',
    risk:
      'An unencrypted cluster volume leaves every backup and snapshot of it readable to whoever obtains a copy; encryption cannot be turned on later without a restore into a new cluster.',
    remediation: {
      text: 'Encryption is chosen when the cluster is created: snapshot the cluster, restore the snapshot into a new cluster with encryption and a KMS key, switch the applications over and retire the old cluster.',
      cli: 'aws rds create-db-cluster-snapshot --db-cluster-identifier CLUSTER --db-cluster-snapshot-identifier CLUSTER-plain\naws rds restore-db-cluster-from-snapshot --db-cluster-identifier CLUSTER-new --snapshot-identifier CLUSTER-plain --engine ENGINE --kms-key-id KEY_ARN',
      terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.db.arn\n}',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  StorageEncrypted: true\n  KmsKeyId: !Ref DatabaseKey',
      console: 'RDS > Snapshots > cluster snapshot > Actions > Restore snapshot > Encryption: Enable encryption > choose a key',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html', 'https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html', 'https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const d = detailString(ctx, 'engine');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('storageEncrypted')) return ctx.pass(`Cluster storage is encrypted${about}`, 'storageEncrypted');
    return ctx.fail(`Cluster storage is not encrypted${about}`, 'storageEncrypted');
  },
});
