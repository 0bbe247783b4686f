import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-storage-encrypted',
    title: 'RDS instance storage is encrypted at rest',
    severity: 'high',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      'Checks that storage encryption is on for the database instance, which covers its data files, logs, automated backups, ' +
      'read replicas and snapshots. For Aurora the setting comes from the cluster and is reported on each instance.',
    risk:
      'Unencrypted storage leaves the data, and every backup and snapshot of it, readable to anyone who obtains a copy; a ' +
      'snapshot shared by mistake hands over the whole database.',
    remediation: {
      text:
        'Encryption can only be chosen when an instance is created: take a snapshot, copy it with a KMS key, restore a new ' +
        'instance from the encrypted copy, move the application over and delete the old instance.',
      cli:
        'aws rds create-db-snapshot --db-instance-identifier DB_ID --db-snapshot-identifier DB_ID-plain\n' +
        'aws rds copy-db-snapshot --source-db-snapshot-identifier DB_ID-plain --target-db-snapshot-identifier DB_ID-encrypted --kms-key-id KEY_ARN\n' +
        'aws rds restore-db-instance-from-db-snapshot --db-instance-identifier DB_ID-new --db-snapshot-identifier DB_ID-encrypted',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  StorageEncrypted: true\n  KmsKeyId: !Ref DatabaseKey',
      console: 'RDS > Snapshots > take a snapshot of the instance > Actions > Copy snapshot > Enable encryption > then Actions > Restore snapshot',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html#Overview.Encryption.Limitations',
    ],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('storageEncrypted')) {
      const key = detailString(ctx, 'kmsKeyId');
      return ctx.pass(`Storage is encrypted${key ? ` with key ${key}` : ''}`, 'storageEncrypted');
    }
    return ctx.fail('Storage is not encrypted: the data, its backups and its snapshots are stored unencrypted', 'storageEncrypted');
  },
});
