import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-table-customer-key',
    title: 'DynamoDB tables are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'dynamodb',
    resourceTypes: ['aws.dynamodb.table'],
    description:
      'Checks that the table is encrypted with a customer managed KMS key rather than the default AWS owned key or the AWS managed key aws/dynamodb.',
    risk:
      'With AWS owned or AWS managed keys, access to the table data cannot be restricted, audited or revoked through a key policy of your own, and key usage does not appear in your CloudTrail in the same way.',
    remediation: {
      text: 'Switch the table encryption to a customer managed key; the change runs in the background without downtime.',
      cli: 'aws dynamodb update-table --table-name TABLE --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=KEY_ARN',
      terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.dynamodb.arn\n  }\n}',
      cloudformation: 'Type: AWS::DynamoDB::Table\nProperties:\n  SSESpecification:\n    SSEEnabled: true\n    SSEType: KMS\n    KMSMasterKeyId: !Ref TableKey',
      console: 'DynamoDB > Tables > table > Additional settings > Encryption > Manage encryption > Stored in your account, and owned and managed by you > choose the key',
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const sse = ctx.string('sseType');
    if (sse !== 'KMS') return ctx.fail('The table is encrypted with the AWS owned key, outside your control', 'sseType');
    const key = judgeKey(ctx, 'kmsMasterKeyArn');
    if (key.kind === 'none') return ctx.fail('The table is encrypted with the AWS managed key aws/dynamodb', 'kmsMasterKeyArn');
    if (key.kind === 'aws-managed') return ctx.fail(`The table is encrypted with the AWS managed key ${key.key}`, 'kmsMasterKeyArn');
    return ctx.pass(`The table is encrypted with customer managed key ${key.key}`, 'kmsMasterKeyArn');
  },
});
