import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const rdsInstance = defineResourceType({
  type: 'aws.rds.db-instance',
  provider: 'aws',
  service: 'rds',
  description: 'An RDS database instance.',
  aliases: ['aws_db_instance', 'AWS::RDS::DBInstance', 'rds_instance'],
  attributes: {
    engine: a.string('Database engine, e.g. postgres, mysql'),
    engineVersion: a.string('Engine version'),
    instanceClass: a.string('Instance class'),
    publiclyAccessible: a.bool('The instance has a publicly resolvable DNS name and accepts connections from outside the VPC', {
      default: false,
      defaultNote: 'RDS creates private instances unless asked otherwise (API default for a VPC with no internet gateway choice)',
    }),
    storageEncrypted: a.bool('Storage is encrypted at rest', { default: false, defaultNote: 'RDS storage is unencrypted unless requested' }),
    kmsKeyId: a.string('KMS key protecting the storage'),
    backupRetentionPeriod: a.int('Days of automated backups', { default: 1 }),
    multiAz: a.bool('Multi-AZ deployment', { default: false }),
    iamDatabaseAuthentication: a.bool('IAM database authentication enabled', { default: false }),
    deletionProtection: a.bool('Deletion protection enabled', { default: false }),
    autoMinorVersionUpgrade: a.bool('Minor engine upgrades are applied automatically', { default: true }),
    clusterIdentifier: a.string('Aurora cluster this instance belongs to'),
    enabledCloudwatchLogsExports: a.list(a.string('Log type'), 'Log types exported to CloudWatch Logs', { default: [] }),
    performanceInsightsEnabled: a.bool('Performance Insights is on', { default: false }),
    performanceInsightsKmsKeyId: a.string('KMS key encrypting Performance Insights data; absent means the AWS managed key aws/rds'),
    copyTagsToSnapshot: a.bool('Tags are copied to snapshots', { default: false }),
  },
});
