import { defineRule, isJsonObject } from '../../../core/index.js';
import type { JsonValue } from '../../../core/index.js';

/** Condition keys that pin a service principal to one source resource, account or organisation. */
const SOURCE_KEYS = ['aws:sourcearn', 'aws:sourceaccount', 'aws:principalorgid', 'aws:sourceorgid', 'lambda:eventsourcetoken'];

function servicePrincipal(st: Record<string, JsonValue>): string | undefined {
  const p = st.Principal;
  if (!isJsonObject(p)) return undefined;
  const s = p.Service;
  return typeof s === 'string' ? s : Array.isArray(s) && typeof s[0] === 'string' ? s[0] : undefined;
}

function pinned(st: Record<string, JsonValue>): boolean {
  const cond = st.Condition;
  if (!isJsonObject(cond)) return false;
  return Object.values(cond).some((block) => isJsonObject(block) && Object.keys(block).some((k) => SOURCE_KEYS.includes(k.toLowerCase())));
}

export default defineRule({
  meta: {
    id: 'aws-lambda-permission-source-restricted',
    title: 'Lambda permissions for AWS services name the source resource or account',
    severity: 'medium',
    provider: 'aws',
    service: 'lambda',
    resourceTypes: ['aws.lambda.function'],
    description:
      'Checks every Allow statement of the function policy that grants an AWS service principal (s3.amazonaws.com, sns.amazonaws.com, events.amazonaws.com...) and fails when it does not limit the caller with a source ARN, source account or organisation condition.',
    risk:
      'A service principal without a source condition lets that service invoke the function on behalf of any customer: anyone can point their own bucket, topic or rule at your function (a confused deputy).',
    remediation: {
      text: 'Add the source ARN (and for S3 the source account) to each permission granted to a service.',
      cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id STATEMENT_ID\naws lambda add-permission --function-name FUNCTION --statement-id from-sns --action lambda:InvokeFunction --principal sns.amazonaws.com --source-arn TOPIC_ARN',
      terraform: 'resource "aws_lambda_permission" "from_sns" {\n  action        = "lambda:InvokeFunction"\n  function_name = aws_lambda_function.this.function_name\n  principal     = "sns.amazonaws.com"\n  source_arn    = aws_sns_topic.events.arn\n}',
      cloudformation: 'Type: AWS::Lambda::Permission\nProperties:\n  Action: lambda:InvokeFunction\n  FunctionName: !Ref Function\n  Principal: sns.amazonaws.com\n  SourceArn: !Ref EventsTopic',
      console: 'Lambda > Functions > function > Configuration > Permissions > Resource-based policy statements > edit the statement and add the source ARN',
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.notApplicable('The function has no resource-based policy');
    const statements = isJsonObject(policy) ? policy.Statement : undefined;
    const list = Array.isArray(statements) ? statements : isJsonObject(statements) ? [statements] : [];
    const grants = list.filter((s): s is Record<string, JsonValue> => isJsonObject(s) && s.Effect === 'Allow' && servicePrincipal(s) !== undefined);
    if (grants.length === 0) return ctx.notApplicable('The function policy grants no AWS service principal');
    const open = grants.filter((s) => !pinned(s));
    if (open.length) {
      const what = open.map((s) => `${servicePrincipal(s)}${typeof s.Sid === 'string' ? ` (${s.Sid})` : ''}`).join(', ');
      return ctx.fail(`Service permissions without a source condition: ${what}`, 'policy');
    }
    return ctx.pass('Every service permission names its source', 'policy');
  },
});
