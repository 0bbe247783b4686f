import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const snsTopic = defineResourceType({
  type: 'aws.sns.topic',
  provider: 'aws',
  service: 'sns',
  description: 'An SNS topic with its encryption and access policy.',
  aliases: ['aws_sns_topic', 'AWS::SNS::Topic', 'sns_topic'],
  attributes: {
    kmsMasterKeyId: a.string('KMS key for server-side encryption; absent means messages are stored unencrypted'),
    policy: a.json('Topic access policy (parsed JSON)'),
    fifoTopic: a.bool('FIFO topic', { default: false }),
  },
});

export const sqsQueue = defineResourceType({
  type: 'aws.sqs.queue',
  provider: 'aws',
  service: 'sqs',
  description: 'An SQS queue with its encryption and access policy.',
  aliases: ['aws_sqs_queue', 'AWS::SQS::Queue', 'sqs_queue'],
  attributes: {
    kmsMasterKeyId: a.string('KMS key for SSE-KMS'),
    sqsManagedSseEnabled: a.bool('SSE-SQS (keys managed by SQS) is on', {
      default: true,
      defaultNote: 'Since late 2022 SQS turns SSE-SQS on for new queues unless SSE-KMS is chosen or it is turned off explicitly',
    }),
    policy: a.json('Queue access policy (parsed JSON)'),
    fifoQueue: a.bool('FIFO queue', { default: false }),
  },
});

export const secretsManagerSecret = defineResourceType({
  type: 'aws.secretsmanager.secret',
  provider: 'aws',
  service: 'secretsmanager',
  description: 'A Secrets Manager secret with its rotation settings.',
  aliases: ['aws_secretsmanager_secret', 'AWS::SecretsManager::Secret', 'secretsmanager_secret'],
  attributes: {
    rotationEnabled: a.bool('Automatic rotation is configured', { default: false, defaultNote: 'Secrets do not rotate unless a rotation schedule is set' }),
    rotationRules: a.object(
      {
        automaticallyAfterDays: a.int('Days between rotations'),
        scheduleExpression: a.string('rate() or cron() schedule'),
      },
      'Rotation schedule',
    ),
    lastRotatedDate: a.timestamp('When the secret was last rotated'),
    createdDate: a.timestamp('When the secret was created'),
    kmsKeyId: a.string('KMS key encrypting the secret; absent means aws/secretsmanager'),
  },
});
