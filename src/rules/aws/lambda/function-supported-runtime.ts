import { defineRule } from '../../../core/index.js';

/**
 * Runtimes whose deprecation date has passed (Lambda stops security patches for them), with that
 * date. From the Lambda runtime deprecation table; extend it as runtimes reach end of support.
 */
const DEPRECATED: Record<string, string> = {
  'nodejs': '2016-10-31',
  'nodejs4.3': '2020-03-05',
  'nodejs4.3-edge': '2019-04-30',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  'java8': '2024-01-08',
  'go1.x': '2024-01-08',
  'dotnetcore1.0': '2019-07-30',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  'dotnet6': '2024-12-20',
  'dotnet7': '2024-05-14',
  'provided': '2024-01-08',
};

export default defineRule({
  meta: {
    id: 'aws-lambda-function-supported-runtime',
    title: 'Lambda functions run on a runtime that still receives security updates',
    severity: 'medium',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks the runtime of zip-packaged functions against the runtimes Lambda has deprecated. After its deprecation date a runtime gets no more security patches, and later functions using it can no longer be created or updated.',
    risk:
      'A function on a deprecated runtime keeps running language and OS components with known, unpatched vulnerabilities, and may become impossible to update quickly in an incident.',
    remediation: {
      text: 'Upgrade the function to a supported runtime version of its language (or to an OS-only runtime such as provided.al2023), test it and deploy.',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --runtime python3.13',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  runtime = "python3.13"\n}',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Runtime: python3.13',
      console: 'Lambda > Functions > function > Code > Runtime settings > Edit > Runtime: choose a supported version > Save',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated', 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.string('packageType') === 'Image') return ctx.notApplicable('Container image functions bring their own runtime');
    const runtime = ctx.string('runtime');
    if (runtime === undefined) return ctx.fail('The function does not name a runtime', 'runtime');
    const since = DEPRECATED[runtime];
    if (since && since <= ctx.now.toISOString().slice(0, 10)) return ctx.fail(`Runtime ${runtime} is deprecated since ${since} and no longer receives security updates`, 'runtime');
    return ctx.pass(`Runtime ${runtime} is supported`, 'runtime');
  },
});
