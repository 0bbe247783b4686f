import { defineRule } from '../../../core/index.js';
import { judgeKey } from '../lib/customer-key.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-environment-customer-key',
    title: 'Lambda environment variables are encrypted with a customer managed key',
    severity: 'low',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks that functions with environment variables encrypt them with a customer managed KMS key instead of the default AWS managed key aws/lambda.',
    risk:
      'With the AWS managed key, anyone allowed to read the function configuration sees the variables decrypted; a customer managed key adds a separate, audited kms:Decrypt permission.',
    remediation: {
      text: 'Set a customer managed key on the function and allow the execution role (and only the people who need the values) to use it.',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --kms-key-arn KEY_ARN',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  kms_key_arn = aws_kms_key.lambda.arn\n}',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  KmsKeyArn: !GetAtt FunctionKey.Arn',
      console: 'Lambda > Functions > function > Configuration > Environment variables > Edit > Encryption configuration > Use a customer master key > Save',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.list('environmentVariableNames').length === 0) return ctx.notApplicable('The function has no environment variables');
    const key = judgeKey(ctx, 'kmsKeyArn');
    if (key.kind === 'none') return ctx.fail('Environment variables are encrypted with the AWS managed key aws/lambda', 'kmsKeyArn');
    if (key.kind === 'aws-managed') return ctx.fail(`Environment variables are encrypted with the AWS managed key ${key.key}`, 'kmsKeyArn');
    return ctx.pass(`Environment variables are encrypted with customer managed key ${key.key}`, 'kmsKeyArn');
  },
});
