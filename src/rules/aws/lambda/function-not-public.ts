import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-not-public',
    title: 'Lambda function policies do not let everyone invoke the function',
    severity: 'critical',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks the resource-based policy of the function, including the permissions added for other services, for Allow statements open to any principal without a condition that ties them to a source account, ARN, organisation or network.',
    risk:
      'A public function policy lets any AWS account invoke the function (or change it, when broader actions are allowed), spending your money and acting with the permissions of its execution role.',
    remediation: {
      text: 'Remove the permission open to "*", or add a SourceArn and SourceAccount when granting a service principal, or a PrincipalOrgID condition for your organisation.',
      cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id STATEMENT_ID\naws lambda add-permission --function-name FUNCTION --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::BUCKET --source-account 111122223333',
      terraform: 'resource "aws_lambda_permission" "from_s3" {\n  action         = "lambda:InvokeFunction"\n  function_name  = aws_lambda_function.this.function_name\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.uploads.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
      cloudformation: 'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: s3.amazonaws.com\n  SourceArn: !GetAtt Uploads.Arn\n  SourceAccount: !Ref AWS::AccountId',
      console: 'Lambda > Functions > function > Configuration > Permissions > Resource-based policy statements > delete or edit the statement open to everyone',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.pass('The function has no resource-based policy: only identities of the account can invoke it', 'policy');
    const v = decided(analyzeResourcePolicy(policy), 'policy');
    if (v.verdict === 'public') return ctx.fail(`The function policy is public: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`The function policy names any principal but limits callers: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The function policy grants access to named principals only', 'policy');
  },
});
