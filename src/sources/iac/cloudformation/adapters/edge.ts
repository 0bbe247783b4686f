import { isUnknownMarker } from '../../../../core/index.js';
import type { ModelValue } from '../model.js';
import { compact, nameOf } from '../model.js';
import { asBool, asString, asStringList, buildFields, isEvalObject } from './table.js';
import type { CfnAdapter } from './types.js';

export const opensearchDomainAdapter: CfnAdapter = {
  modelType: 'aws.opensearch.domain',
  cfnTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.opensearch.domain', [
      ['engineVersion', res.type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchVersion' : 'EngineVersion', asString],
      ['encryptionAtRestEnabled', 'EncryptionAtRestOptions.Enabled', asBool],
      ['nodeToNodeEncryptionEnabled', 'NodeToNodeEncryptionOptions.Enabled', asBool],
      ['enforceHttps', 'DomainEndpointOptions.EnforceHTTPS', asBool],
      ['tlsSecurityPolicy', 'DomainEndpointOptions.TLSSecurityPolicy', asString],
      ['vpcSubnetIds', 'VPCOptions.SubnetIds', asStringList],
    ]);
    const logs = b.prop('LogPublishingOptions');
    if (isUnknownMarker(logs)) b.set('logPublishing', logs, 'LogPublishingOptions');
    else if (isEvalObject(logs)) {
      const out: Record<string, ModelValue> = {};
      for (const [type, opt] of Object.entries(logs)) {
        if (!isEvalObject(opt)) continue;
        // CloudFormation's Enabled is optional; a configured destination publishes unless disabled.
        out[type] = compact({ enabled: asBool(opt.Enabled) ?? true, cloudWatchLogsLogGroupArn: asString(opt.CloudWatchLogsLogGroupArn) });
      }
      b.set('logPublishing', out, 'LogPublishingOptions');
    }
    return [b.build(nameOf(res, 'DomainName'), ctx)];
  },
};

const DC = 'DistributionConfig';

export const cloudfrontDistributionAdapter: CfnAdapter = {
  modelType: 'aws.cloudfront.distribution',
  cfnTypes: ['AWS::CloudFront::Distribution'],
  adapt(res, ctx) {
    const b = buildFields(res, 'aws.cloudfront.distribution', [
      ['minimumProtocolVersion', `${DC}.ViewerCertificate.MinimumProtocolVersion`, asString],
      ['webAclId', `${DC}.WebACLId`, asString],
      ['loggingEnabled', `${DC}.Logging.Bucket`, (v) => (v === undefined || v === null ? undefined : true)],
    ]);
    const policies: ModelValue[] = [];
    const def = asString(b.prop(`${DC}.DefaultCacheBehavior.ViewerProtocolPolicy`));
    if (def !== undefined) policies.push({ pathPattern: '*', viewerProtocolPolicy: def });
    const ordered = b.prop(`${DC}.CacheBehaviors`);
    if (Array.isArray(ordered)) {
      for (const c of ordered) {
        if (!isEvalObject(c)) continue;
        const p = asString(c.ViewerProtocolPolicy);
        if (p !== undefined) policies.push(compact({ pathPattern: asString(c.PathPattern), viewerProtocolPolicy: p }));
      }
    }
    if (policies.length) b.set('viewerProtocolPolicies', policies, `${DC}.DefaultCacheBehavior.ViewerProtocolPolicy`);
    // The default certificate is in use unless a custom one is named; a minimum protocol version
    // only applies to custom certificates, so writing one implies a custom certificate.
    const cert = (p: string) => b.prop(`${DC}.ViewerCertificate.${p}`);
    const flag = asBool(cert('CloudFrontDefaultCertificate'));
    if (flag !== undefined) b.set('cloudFrontDefaultCertificate', flag, `${DC}.ViewerCertificate.CloudFrontDefaultCertificate`);
    else if (cert('AcmCertificateArn') !== undefined || cert('IamCertificateId') !== undefined || cert('MinimumProtocolVersion') !== undefined) {
      b.set('cloudFrontDefaultCertificate', false, `${DC}.ViewerCertificate`);
    }
    return [b.build(res.logicalId, ctx)];
  },
};

export const apigatewayStageAdapter: CfnAdapter = {
  modelType: 'aws.apigateway.stage',
  cfnTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
  adapt(res, ctx) {
    const rest = res.type === 'AWS::ApiGateway::Stage';
    const b = buildFields(
      res,
      'aws.apigateway.stage',
      rest
        ? [
            ['accessLogDestinationArn', 'AccessLogSetting.DestinationArn', asString],
            ['tracingEnabled', 'TracingEnabled', asBool],
            ['cacheClusterEnabled', 'CacheClusterEnabled', asBool],
          ]
        : [['accessLogDestinationArn', 'AccessLogSettings.DestinationArn', asString]],
    );
    b.set('apiKind', rest ? 'rest' : 'v2');
    const settings = rest ? b.prop('MethodSettings') : undefined;
    if (isUnknownMarker(settings)) b.set('methodSettings', settings, 'MethodSettings');
    else if (Array.isArray(settings)) {
      b.set(
        'methodSettings',
        settings.map((s) =>
          isEvalObject(s)
            ? compact({
                methodPath: `${String(asString(s.ResourcePath) ?? '/*')}/${String(asString(s.HttpMethod) ?? '*')}`,
                cachingEnabled: asBool(s.CachingEnabled),
                cacheDataEncrypted: asBool(s.CacheDataEncrypted),
              })
            : null,
        ),
        'MethodSettings',
      );
    }
    return [b.build(nameOf(res, 'StageName'), ctx)];
  },
};
