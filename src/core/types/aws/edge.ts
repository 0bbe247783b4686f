import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const cloudfrontDistribution = defineResourceType({
  type: 'aws.cloudfront.distribution',
  provider: 'aws',
  service: 'cloudfront',
  description: 'A CloudFront distribution.',
  aliases: ['aws_cloudfront_distribution', 'AWS::CloudFront::Distribution', 'cloudfront_distribution'],
  attributes: {
    viewerProtocolPolicies: a.list(
      a.object({ pathPattern: a.string('Path pattern; "*" for the default behaviour'), viewerProtocolPolicy: a.enum(['allow-all', 'https-only', 'redirect-to-https'] as const, 'Viewer protocol policy') }, 'Cache behaviour'),
      'Viewer protocol policy of the default and every ordered cache behaviour',
      { default: [] },
    ),
    cloudFrontDefaultCertificate: a.bool('viewerCertificate.cloudFrontDefaultCertificate: the *.cloudfront.net certificate is used', { default: true }),
    minimumProtocolVersion: a.string('viewerCertificate.minimumProtocolVersion', { default: 'TLSv1', defaultNote: 'Custom certificates accept TLSv1 unless a newer policy is chosen' }),
    webAclId: a.string('WAF web ACL associated with the distribution'),
    loggingEnabled: a.bool('Standard (legacy) access logging to S3 is on', { default: false }),
  },
});

export const apigatewayStage = defineResourceType({
  type: 'aws.apigateway.stage',
  provider: 'aws',
  service: 'apigateway',
  description: 'A stage of an API Gateway REST API (v1) or HTTP/WebSocket API (v2).',
  aliases: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage', 'AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage', 'apigateway_stage'],
  attributes: {
    apiKind: a.enum(['rest', 'v2'] as const, 'REST API (v1) or HTTP/WebSocket API (v2)'),
    accessLogDestinationArn: a.string('accessLogSettings.destinationArn; absent when access logging is off'),
    tracingEnabled: a.bool('X-Ray tracing (REST APIs)', { default: false }),
    cacheClusterEnabled: a.bool('A cache cluster is provisioned for the stage (REST APIs)', { default: false }),
    methodSettings: a.list(
      a.object(
        {
          methodPath: a.string('resource/method, or */* for all'),
          cachingEnabled: a.bool('Responses are cached'),
          cacheDataEncrypted: a.bool('Cached responses are encrypted'),
        },
        'Method setting',
      ),
      'Per-method settings (REST APIs)',
      { default: [] },
    ),
  },
});
