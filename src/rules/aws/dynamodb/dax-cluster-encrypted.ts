import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-dax-cluster-encrypted',
    title: 'DAX clusters encrypt cached data at rest',
    severity: 'medium',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.dax-cluster'],
    description:
      'Checks that server-side encryption is on for the DynamoDB Accelerator cluster, covering the cached items, configuration and logs on its nodes.',
    risk:
      'DynamoDB items served through an unencrypted DAX cluster sit in clear text on the cache nodes and their storage, outside the encryption that protects the table itself.',
    remediation: {
      text: 'Encryption at rest can only be chosen when the cluster is created: create a new cluster with encryption, point clients at it and delete the old one.',
      cli: 'aws dax create-cluster --cluster-name NAME --node-type dax.r5.large --replication-factor 3 --iam-role-arn ROLE_ARN --sse-specification Enabled=true',
      terraform: 'resource "aws_dax_cluster" "this" {\n  # ...\n  server_side_encryption {\n    enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::DAX::Cluster\nProperties:\n  SSESpecification:\n    SSEEnabled: true',
      console: 'DynamoDB > DAX > Clusters > Create cluster > Encryption: Turn on encryption at rest',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('sseEnabled')) return ctx.pass('The DAX cluster encrypts data at rest', 'sseEnabled');
    return ctx.fail('The DAX cluster does not encrypt data at rest', 'sseEnabled');
  },
});
