import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-customer-key',
    title: 'RDS, DocumentDB and Neptune clusters are encrypted with a customer managed key',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      'Checks that the DB cluster storage is encrypted with a customer managed KMS key, not left unencrypted or on the AWS managed aws/rds key.',
    risk:
      'With the AWS managed key, anyone in the account allowed to use RDS can use the key, its policy cannot be tightened, and encrypted snapshots cannot be shared with another account; unencrypted storage has no protection at all.',
    remediation: {
      text: 'Create the cluster (or restore it from a snapshot) with a customer managed KMS key whose key policy names the roles that may use it.',
      cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier CLUSTER-new --snapshot-identifier SNAPSHOT --engine ENGINE --kms-key-id KEY_ARN',
      terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.db.arn\n}',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  StorageEncrypted: true\n  KmsKeyId: !GetAtt DatabaseKey.Arn',
      console: 'RDS > Snapshots > cluster snapshot > Actions > Restore snapshot > Encryption > AWS KMS key: choose your key',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.Keys.html', 'https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.isSet('storageEncrypted') && !ctx.bool('storageEncrypted')) return ctx.fail('Cluster storage is not encrypted', 'storageEncrypted');
    const key = judgeKey(ctx, 'kmsKeyId');
    if (key.kind === 'none') {
      return ctx.bool('storageEncrypted')
        ? ctx.fail('Cluster storage is encrypted with the AWS managed key aws/rds', 'kmsKeyId')
        : ctx.fail('Cluster storage is not encrypted', 'storageEncrypted');
    }
    if (key.kind === 'aws-managed') return ctx.fail(`Cluster storage is encrypted with the AWS managed key ${key.key}`, 'kmsKeyId');
    return ctx.pass(`Cluster storage is encrypted with customer managed key ${key.key}`, 'kmsKeyId');
  },
});
