import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-msk-cluster-customer-key',
    title: 'MSK cluster storage is encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'msk',
    resourceTypes: ['aws.msk.cluster'],
    description:
      'Checks that the broker data volumes are encrypted with a customer managed KMS key. MSK always encrypts at rest; without a key of your own it uses the AWS managed key aws/kafka.',
    risk:
      'With the AWS managed key, access to the stored messages cannot be restricted, audited or revoked through a key policy you control.',
    remediation: {
      text: 'Choose a customer managed key when creating the cluster (it cannot be changed later): create a new cluster with the key and migrate topics with MirrorMaker or MSK Replicator.',
      cli: "aws kafka create-cluster --cluster-name NAME --kafka-version VERSION --number-of-broker-nodes 3 --broker-node-group-info file://brokers.json --encryption-info '{\"EncryptionAtRest\":{\"DataVolumeKMSKeyId\":\"KEY_ARN\"}}'",
      terraform: 'resource "aws_msk_cluster" "this" {\n  # ...\n  encryption_info {\n    encryption_at_rest_kms_key_arn = aws_kms_key.msk.arn\n  }\n}',
      cloudformation: 'Type: AWS::MSK::Cluster\nProperties:\n  EncryptionInfo:\n    EncryptionAtRest:\n      DataVolumeKMSKeyId: !GetAtt KafkaKey.Arn',
      console: 'MSK > Create cluster > Custom create > Security > Encryption at rest: Use customer managed key',
    },
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const key = judgeKey(ctx, 'dataVolumeKmsKeyId');
    if (key.kind === 'none') return ctx.fail('Broker storage is encrypted with the AWS managed key aws/kafka', 'dataVolumeKmsKeyId');
    if (key.kind === 'aws-managed') return ctx.fail(`Broker storage is encrypted with the AWS managed key ${key.key}`, 'dataVolumeKmsKeyId');
    return ctx.pass(`Broker storage is encrypted with customer managed key ${key.key}`, 'dataVolumeKmsKeyId');
  },
});
