import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const dynamodbTable = defineResourceType({
  type: 'aws.dynamodb.table',
  provider: 'aws',
  service: 'dynamodb',
  description: 'A DynamoDB table with its point-in-time recovery and encryption settings.',
  aliases: ['aws_dynamodb_table', 'AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'dynamodb_table'],
  attributes: {
    pointInTimeRecoveryEnabled: a.bool('Continuous backups with point-in-time recovery are on', {
      default: false,
      defaultNote: 'New tables have point-in-time recovery off',
    }),
    sseType: a.enum(['AES256', 'KMS', 'NONE'] as const, 'How the table is encrypted at rest: NONE means the AWS owned key (SSEDescription absent)', {
      default: 'NONE',
      defaultNote: 'Without an SSE specification DynamoDB encrypts with a key owned by AWS, outside the account',
    }),
    kmsMasterKeyArn: a.string('KMS key used when sseType is KMS; absent means the AWS managed key aws/dynamodb'),
    deletionProtectionEnabled: a.bool('Deletion protection enabled', { default: false }),
    billingMode: a.string('PROVISIONED or PAY_PER_REQUEST'),
  },
});

export const daxCluster = defineResourceType({
  type: 'aws.dynamodb.dax-cluster',
  provider: 'aws',
  service: 'dynamodb',
  description: 'A DynamoDB Accelerator (DAX) cluster.',
  aliases: ['aws_dax_cluster', 'AWS::DAX::Cluster', 'dax_cluster'],
  attributes: {
    sseEnabled: a.bool('Encryption at rest is on (SSEDescription.Status ENABLED)', { default: false, defaultNote: 'DAX clusters are unencrypted at rest unless requested at creation' }),
    clusterEndpointEncryptionType: a.enum(['NONE', 'TLS'] as const, 'Encryption of client connections', { default: 'NONE' }),
  },
});
