import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const kinesisStream = defineResourceType({
  type: 'aws.kinesis.stream',
  provider: 'aws',
  service: 'kinesis',
  description: 'A Kinesis data stream.',
  aliases: ['aws_kinesis_stream', 'AWS::Kinesis::Stream', 'kinesis_stream'],
  attributes: {
    encryptionType: a.enum(['NONE', 'KMS'] as const, 'Server-side encryption of stored records', { default: 'NONE', defaultNote: 'Streams store records unencrypted unless server-side encryption is started' }),
    keyId: a.string('KMS key used for server-side encryption'),
  },
});

export const mskCluster = defineResourceType({
  type: 'aws.msk.cluster',
  provider: 'aws',
  service: 'msk',
  description: 'An Amazon MSK (managed Kafka) provisioned cluster.',
  aliases: ['aws_msk_cluster', 'AWS::MSK::Cluster', 'msk_cluster'],
  attributes: {
    clientBroker: a.enum(['TLS', 'TLS_PLAINTEXT', 'PLAINTEXT'] as const, 'encryptionInTransit.clientBroker', { default: 'TLS' }),
    inCluster: a.bool('encryptionInTransit.inCluster: brokers talk to each other over TLS', { default: true }),
    dataVolumeKmsKeyId: a.string('encryptionAtRest.dataVolumeKMSKeyId; absent means the AWS managed key aws/kafka'),
    brokerLogs: a.object(
      {
        cloudWatchLogs: a.bool('Broker logs go to CloudWatch Logs', { default: false }),
        firehose: a.bool('Broker logs go to Firehose', { default: false }),
        s3: a.bool('Broker logs go to S3', { default: false }),
      },
      'Broker log delivery (loggingInfo.brokerLogs)',
      { default: { cloudWatchLogs: false, firehose: false, s3: false } },
    ),
  },
});
