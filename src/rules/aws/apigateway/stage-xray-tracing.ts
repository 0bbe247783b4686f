import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-xray-tracing',
    title: 'API Gateway REST API stages have X-Ray tracing enabled',
    severity: 'low',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    description:
      'Checks that AWS X-Ray tracing is on for REST API stages, so requests can be followed from the API into the services behind it. HTTP and WebSocket APIs do not support X-Ray and are not judged.',
    risk:
      'Without traces, failing or slow integrations and unusual request paths through the API are hard to diagnose and to correlate during an incident.',
    remediation: {
      text: 'Enable X-Ray tracing on the stage and set sampling rules that fit the traffic volume.',
      cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/tracingEnabled,value=true',
      terraform: 'resource "aws_api_gateway_stage" "this" {\n  # ...\n  xray_tracing_enabled = true\n}',
      cloudformation: 'Type: AWS::ApiGateway::Stage\nProperties:\n  TracingEnabled: true',
      console: 'API Gateway > APIs > API > Stages > stage > Logs and tracing > Edit > X-Ray tracing: on > Save',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.string('apiKind') === 'v2') return ctx.notApplicable('HTTP and WebSocket APIs do not support X-Ray tracing');
    if (ctx.bool('tracingEnabled')) return ctx.pass('X-Ray tracing is on', 'tracingEnabled');
    return ctx.fail('X-Ray tracing is off', 'tracingEnabled');
  },
});
