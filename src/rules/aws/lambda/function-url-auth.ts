import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-url-auth',
    title: 'Lambda function URLs require IAM authentication',
    severity: 'high',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks that a function URL, where the function has one, uses the AWS_IAM auth type. With auth type NONE, Lambda accepts unsigned requests from anyone who knows the URL and leaves all authentication to the function code.',
    risk:
      'An unauthenticated function URL is a public HTTPS endpoint: anyone can invoke the function, run up its cost, and reach whatever data and permissions its execution role holds.',
    remediation: {
      text: 'Switch the URL to AWS_IAM and have callers sign requests with SigV4, or put the function behind API Gateway or CloudFront with origin access control; delete URLs that are not needed.',
      cli: 'aws lambda update-function-url-config --function-name FUNCTION --auth-type AWS_IAM',
      terraform: 'resource "aws_lambda_function_url" "this" {\n  function_name      = aws_lambda_function.this.function_name\n  authorization_type = "AWS_IAM"\n}',
      cloudformation: 'Type: AWS::Lambda::Url\nProperties:\n  TargetFunctionArn: !GetAtt Function.Arn\n  AuthType: AWS_IAM',
      console: 'Lambda > Functions > function > Configuration > Function URL > Edit > Auth type: AWS_IAM > Save',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const url = ctx.get('functionUrl');
    if (url === undefined || url === null) return ctx.notApplicable('The function has no function URL');
    const auth = ctx.string('functionUrl.authType');
    if (auth === 'NONE') return ctx.fail('The function URL accepts unauthenticated requests from anyone (auth type NONE)', 'functionUrl.authType');
    if (auth === undefined) return ctx.fail('The function URL does not name an auth type', 'functionUrl');
    return ctx.pass('The function URL requires IAM-signed requests', 'functionUrl.authType');
  },
});
