import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-cache-encrypted',
    title: 'API Gateway stage caches are encrypted',
    severity: 'medium',
    provider: 'aws',
    service: 'apigateway',
    resourceTypes: ['aws.apigateway.stage'],
    description:
      'Checks the method settings of REST API stages: wherever response caching is enabled, the cached data must be encrypted. ' +
      'A stage with a cache cluster caches its GET methods even without method settings, unless a stage-wide (*/*) setting turns ' +
      'caching off; that default cache must then be encrypted by the stage-wide setting.',
    risk:
      "Cached responses can contain personal or account data; unencrypted they sit in clear text in the stage's cache cluster.",
    remediation: {
      text: 'Turn on "Encrypt cache data" in the stage (or per-method) cache settings wherever caching is enabled.',
      cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  method_path = "*/*"\n  settings {\n    caching_enabled      = true\n    cache_data_encrypted = true\n  }\n}',
      cloudformation: 'Type: AWS::ApiGateway::Stage\nProperties:\n  MethodSettings:\n    - ResourcePath: "/*"\n      HttpMethod: "*"\n      CachingEnabled: true\n      CacheDataEncrypted: true',
      console: 'API Gateway > APIs > API > Stages > stage > Settings > Cache settings > Encrypt cache data > Save',
    },
    references: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const settings = ctx.list('methodSettings');
    let cached = 0;
    let stageWide: number | undefined;
    for (let i = 0; i < settings.length; i++) {
      if (ctx.string(`methodSettings.${i}.methodPath`) === '*/*') stageWide = i;
      if (!ctx.bool(`methodSettings.${i}.cachingEnabled`)) continue;
      cached++;
      if (!ctx.bool(`methodSettings.${i}.cacheDataEncrypted`)) {
        return ctx.fail(`Responses of ${ctx.string(`methodSettings.${i}.methodPath`) ?? 'a method'} are cached unencrypted`, `methodSettings.${i}`);
      }
    }
    // With a cache cluster, API Gateway caches GET methods by default; only a stage-wide setting that
    // states cachingEnabled decides otherwise (an explicit true was judged above).
    const stageWideDecides = stageWide !== undefined && ctx.isSet(`methodSettings.${stageWide}.cachingEnabled`);
    if (!stageWideDecides && ctx.bool('cacheClusterEnabled')) {
      if (stageWide === undefined || !ctx.bool(`methodSettings.${stageWide}.cacheDataEncrypted`)) {
        return ctx.fail('The stage cache is on, so GET responses are cached by default, and no stage-wide setting encrypts them', 'cacheClusterEnabled');
      }
      cached++;
    }
    if (cached === 0) return ctx.notApplicable('No method of the stage caches responses');
    return ctx.pass('Every cached method encrypts its cache data', 'methodSettings');
  },
});
