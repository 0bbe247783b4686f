import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const lambdaFunction = defineResourceType({
  type: 'aws.lambda.function',
  provider: 'aws',
  service: 'lambda',
  description: 'A Lambda function with its configuration, resource-based policy and function URL.',
  aliases: ['aws_lambda_function', 'AWS::Lambda::Function', 'AWS::Serverless::Function', 'lambda_function'],
  attributes: {
    runtime: a.string('Runtime identifier, e.g. python3.12; absent for container images'),
    packageType: a.enum(['Zip', 'Image'] as const, 'Deployment package type', { default: 'Zip' }),
    tracingMode: a.enum(['Active', 'PassThrough'] as const, 'X-Ray tracing mode (TracingConfig.Mode)', { default: 'PassThrough' }),
    kmsKeyArn: a.string('Customer managed key encrypting the environment variables; absent means the AWS managed key aws/lambda'),
    environmentVariableNames: a.list(a.string('Variable name'), 'Names of the environment variables (never their values)', { default: [] }),
    policy: a.json('Resource-based policy (parsed JSON), with the statements of permissions granted to the function'),
    functionUrl: a.object(
      {
        authType: a.enum(['NONE', 'AWS_IAM'] as const, 'Who may call the URL: NONE lets anyone call it'),
      },
      'Function URL configuration; absent when the function has no URL',
    ),
  },
});
