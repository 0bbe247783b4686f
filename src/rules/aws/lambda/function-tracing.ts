import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-tracing',
    title: 'Lambda functions have active X-Ray tracing',
    severity: 'low',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks that the function samples and records invocations with AWS X-Ray (tracing mode Active), so requests can be followed across the services they touch.',
    risk:
      'Without traces, unusual call paths, slow or failing downstream calls and abuse of the function are much harder to spot and investigate.',
    remediation: {
      text: 'Set the tracing mode to Active and allow the execution role to write to X-Ray (the AWSXRayDaemonWriteAccess managed policy).',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --tracing-config Mode=Active',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  tracing_config {\n    mode = "Active"\n  }\n}',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  TracingConfig:\n    Mode: Active',
      console: 'Lambda > Functions > function > Configuration > Monitoring and operations tools > Edit > AWS X-Ray: Active tracing > Save',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const mode = ctx.string('tracingMode') ?? 'PassThrough';
    if (mode === 'Active') return ctx.pass('Active X-Ray tracing is on', 'tracingMode');
    return ctx.fail(`X-Ray tracing is not active (mode ${mode})`, 'tracingMode');
  },
});
