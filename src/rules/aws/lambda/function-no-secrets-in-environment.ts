import { defineRule } from '../../../core/index.js';
import { looksLikeSecret } from '../lib/secret-names.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-no-secrets-in-environment',
    title: 'Lambda functions keep credentials out of environment variables',
    severity: 'high',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      "Checks the names of the function's environment variables for credentials (passwords, secret keys, tokens, API keys). Environment values are part of the function configuration; credentials belong in Secrets Manager or Parameter Store, read at run time.",
    risk:
      'Environment variable values are returned in clear text to anyone allowed lambda:GetFunctionConfiguration, end up in infrastructure code and deployment logs, and are rarely rotated.',
    remediation: {
      text: 'Store the credential in Secrets Manager (or an SSM SecureString), keep only its ARN or name in the environment, read it in the function (the Parameters and Secrets extension caches it), and rotate the exposed value.',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  environment {\n    variables = {\n      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn\n    }\n  }\n}',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Environment:\n    Variables:\n      DB_SECRET_ARN: !Ref DatabaseSecret',
      console: 'Lambda > Functions > function > Configuration > Environment variables > Edit > replace the credential with a reference to the secret > Save',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const names = ctx.list('environmentVariableNames').filter((n): n is string => typeof n === 'string');
    const secrets = names.filter(looksLikeSecret);
    if (secrets.length) return ctx.fail(`Environment variables look like credentials: ${secrets.join(', ')}`, 'environmentVariableNames');
    return ctx.pass(names.length ? 'No environment variable looks like a credential' : 'No environment variables', 'environmentVariableNames');
  },
});
