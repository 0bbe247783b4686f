import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-rotation-enabled',
    title: 'Secrets Manager secrets rotate automatically',
    severity: 'medium',
    provider: 'aws',
    service: 'secretsmanager',
    resourceTypes: ['aws.secretsmanager.secret'],
    description:
      'Checks that automatic rotation is configured for the secret, with a rotation function or a managed rotation that changes the credential on a schedule.',
    risk:
      'A secret that never changes stays valid forever once it leaks through a log, a laptop or a former employee, and the leak may go unnoticed for years.',
    remediation: {
      text: 'Configure rotation with a schedule of 90 days or less, using managed rotation for supported databases or a rotation Lambda function.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn FUNCTION_ARN --rotation-rules AutomaticallyAfterDays=30',
      terraform: 'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotator.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
      cloudformation: 'Type: AWS::SecretsManager::RotationSchedule\nProperties:\n  SecretId: !Ref Secret\n  RotationLambdaARN: !GetAtt Rotator.Arn\n  RotationRules:\n    AutomaticallyAfterDays: 30',
      console: 'Secrets Manager > Secrets > secret > Rotation > Edit rotation > Automatic rotation: On > schedule and function > Save',
    },
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('rotationEnabled')) return ctx.pass('Automatic rotation is configured', 'rotationEnabled');
    return ctx.fail('Automatic rotation is not configured', 'rotationEnabled');
  },
});
