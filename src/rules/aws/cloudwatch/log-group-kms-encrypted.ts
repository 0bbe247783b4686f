import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-cloudwatch-log-group-kms-encrypted',
    title: 'CloudWatch Logs log groups are encrypted with a customer managed KMS key',
    severity: 'low',
    provider: 'aws',
    service: 'cloudwatch',
    resourceTypes: ['aws.logs.log-group'],
    description:
      'Checks that the log group names a KMS key. CloudWatch Logs always encrypts data at rest with a service key; a customer ' +
      'managed key adds a second permission (kms:Decrypt) for reading the logs, which you control and can revoke.',
    risk: 'Logs often carry tokens, personal data and internal addresses. Without a customer managed key, anyone with logs:GetLogEvents can read them, and there is no key to disable in an emergency.',
    remediation: {
      text: 'Associate a customer managed KMS key whose policy allows the CloudWatch Logs service principal of the region, then set it on the log group.',
      cli: 'aws logs associate-kms-key --log-group-name LOG_GROUP --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_cloudwatch_log_group" "app" {\n  name       = "app"\n  kms_key_id = aws_kms_key.logs.arn\n}',
      cloudformation: 'AppLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    KmsKeyId: !GetAtt LogsKey.Arn',
      console: 'CloudWatch > Log groups > group > Actions > Edit data protection / KMS key (or use the CLI above; the console cannot set it on existing groups in every region)',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const v = judgeKey(ctx, 'kmsKeyId');
    if (v.kind === 'customer') return ctx.pass(`The log group is encrypted with KMS key ${v.key}`, 'kmsKeyId');
    if (v.kind === 'aws-managed') return ctx.fail(`The log group uses the AWS managed key ${v.key}`, 'kmsKeyId');
    return ctx.fail('The log group is encrypted only with the CloudWatch Logs service key', 'kmsKeyId');
  },
});
