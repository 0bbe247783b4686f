import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-access-logging',
    title: 'API Gateway stages write access logs',
    severity: 'medium',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    description:
      'Checks that access logging is configured for the REST, HTTP or WebSocket API stage, sending one record per request (caller, method, status, latency) to a CloudWatch Logs group or Firehose stream.',
    risk:
      'Without access logs there is no record of who called the API and how, leaving abuse, credential stuffing and data scraping through the API invisible.',
    remediation: {
      text: 'Configure access logging on the stage with a destination log group and a log format that includes the request id, source IP, caller identity and status.',
      cli: "aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=LOG_GROUP_ARN op=replace,path=/accessLogSettings/format,value='$context.requestId $context.identity.sourceIp $context.status'",
      terraform: 'resource "aws_api_gateway_stage" "this" {\n  # ...\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })\n  }\n}',
      cloudformation: "Type: AWS::ApiGateway::Stage\nProperties:\n  AccessLogSetting:\n    DestinationArn: !GetAtt ApiLogs.Arn\n    Format: '$context.requestId $context.identity.sourceIp $context.status'",
      console: 'API Gateway > APIs > API > Stages > stage > Logs and tracing > Edit > Custom access logging: on > destination ARN and format > Save',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const dest = ctx.string('accessLogDestinationArn');
    if (dest === undefined || dest === '') return ctx.fail('Access logging is not configured for the stage', 'accessLogDestinationArn');
    return ctx.pass(`Access logs go to ${dest}`, 'accessLogDestinationArn');
  },
});
