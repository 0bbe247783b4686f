import { CloudFrontClient, GetDistributionConfigCommand, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import type { DistributionConfig, DistributionSummary } from '@aws-sdk/client-cloudfront';
import { APIGatewayClient, GetStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import type { RestApi, Stage as RestStage } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand, GetStagesCommand as GetV2StagesCommand } from '@aws-sdk/client-apigatewayv2';
import type { Api, Stage as V2Stage } from '@aws-sdk/client-apigatewayv2';
import { ConfigServiceClient, paginateDescribeConfigurationAggregators } from '@aws-sdk/client-config-service';
import type { ConfigurationAggregator } from '@aws-sdk/client-config-service';
import { AutoScalingClient, paginateDescribeLaunchConfigurations } from '@aws-sdk/client-auto-scaling';
import type { LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import type { JsonValue } from '../../../core/index.js';
import { configAggregator, launchConfiguration } from '../../../core/index.js';
import { apigatewayStage, cloudfrontDistribution } from '../../../core/types/aws/edge.js';
import type { Collector, Scope } from '../scope.js';
import { mapLimit } from '../semaphore.js';
import { tokenPages } from '../session.js';
import { TAGS_NOT_COLLECTED } from './cloudwatch.js';
import { USER_DATA_NOT_COLLECTED } from './ec2-compute.js';
import { devices } from './ec2-launch.js';

/**
 * Every read of API Gateway (REST and HTTP/WebSocket APIs alike) is authorised by one IAM action
 * per HTTP verb, so listings and stage reads all run under `apigateway:GET`.
 */
const APIGATEWAY_READ = 'apigateway:GET';

/**
 * CloudFront distributions (a global service): viewer protocol policies, certificate and TLS
 * policy, web ACL and standard logging, from each distribution's configuration.
 */
export const cloudfrontCollector: Collector = {
  service: 'cloudfront',
  scope: 'global',
  types: [cloudfrontDistribution.type],
  actions: ['cloudfront:GetDistributionConfig', 'cloudfront:ListDistributions'],
  async collect(s) {
    const cf = s.client(CloudFrontClient);
    const listed = await s.all('cloudfront:ListDistributions', () => paginateListDistributions({ client: cf, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(cloudfrontDistribution, s.arn('cloudfront', 'distribution/*', ''), listed, null);
      return;
    }
    const summaries = listed.value.flatMap((p) => p.DistributionList?.Items ?? []);
    await mapLimit(summaries, 8, (d) => collectDistribution(s, cf, d));
  },
};

const DISTRIBUTION_ATTRIBUTES = ['viewerProtocolPolicies', 'cloudFrontDefaultCertificate', 'minimumProtocolVersion', 'webAclId', 'loggingEnabled'] as const;

async function collectDistribution(s: Scope, cf: CloudFrontClient, d: DistributionSummary): Promise<void> {
  const id = d.Id ?? '';
  const config = await s.call('cloudfront:GetDistributionConfig', () => cf.send(new GetDistributionConfigCommand({ Id: id })));
  // Named by what people recognise it by: its first alternate domain name, else its cloudfront.net name.
  const aliases = d.Aliases?.Items ?? (config.kind === 'ok' ? config.value.DistributionConfig?.Aliases?.Items : undefined) ?? [];
  const name = aliases[0] ?? d.DomainName ?? id;
  const r = s.resource(cloudfrontDistribution.type, s.arn('cloudfront', `distribution/${id}`, ''), name, 'cloudfront:ListDistributions', null);
  // The listing summary lacks the logging settings, so everything is read from one place: the configuration.
  r.from('cloudfront:GetDistributionConfig', config, (v) => distributionAttributes(v.DistributionConfig), DISTRIBUTION_ATTRIBUTES);
  r.tagsUnknown(TAGS_NOT_COLLECTED);
  s.emit(r);
}

function distributionAttributes(c: DistributionConfig | undefined): Record<string, JsonValue | undefined> {
  const policies: JsonValue[] = [];
  if (c?.DefaultCacheBehavior?.ViewerProtocolPolicy) policies.push({ pathPattern: '*', viewerProtocolPolicy: c.DefaultCacheBehavior.ViewerProtocolPolicy });
  for (const b of c?.CacheBehaviors?.Items ?? []) if (b.ViewerProtocolPolicy) policies.push({ pathPattern: b.PathPattern ?? '', viewerProtocolPolicy: b.ViewerProtocolPolicy });
  const cert = c?.ViewerCertificate;
  // Some answers leave the flag out when a custom certificate is named; the certificate fields then decide.
  const defaultCert = cert?.CloudFrontDefaultCertificate ?? (cert?.ACMCertificateArn || cert?.IAMCertificateId ? false : undefined);
  return {
    viewerProtocolPolicies: policies,
    cloudFrontDefaultCertificate: defaultCert,
    minimumProtocolVersion: cert?.MinimumProtocolVersion,
    webAclId: c?.WebACLId || undefined,
    loggingEnabled: c?.Logging?.Enabled ?? false,
  };
}

/** Stages of API Gateway REST APIs (v1): access logs, X-Ray, cache cluster and per-method cache settings. */
export const apigatewayRestCollector: Collector = {
  service: 'apigateway',
  scope: 'regional',
  types: [apigatewayStage.type],
  actions: [APIGATEWAY_READ],
  async collect(s) {
    const api = s.client(APIGatewayClient);
    const listed = await s.all(APIGATEWAY_READ, () => paginateGetRestApis({ client: api, pageSize: 500 }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(apigatewayStage, s.arn('apigateway', '/restapis/*/stages/*', s.region, ''), listed);
      return;
    }
    await mapLimit(listed.value.flatMap((p) => p.items ?? []), 8, (rest) => collectRestStages(s, api, rest));
  },
};

async function collectRestStages(s: Scope, api: APIGatewayClient, rest: RestApi): Promise<void> {
  const apiId = rest.id ?? '';
  const stages = await s.call(APIGATEWAY_READ, () => api.send(new GetStagesCommand({ restApiId: apiId })));
  if (stages.kind !== 'ok') {
    s.unlisted(apigatewayStage, s.arn('apigateway', `/restapis/${apiId}/stages/*`, s.region, ''), stages);
    return;
  }
  for (const st of stages.value.item ?? []) s.emit(restStage(s, rest, st));
}

function restStage(s: Scope, rest: RestApi, st: RestStage) {
  const name = st.stageName ?? '';
  const r = s.resource(apigatewayStage.type, s.arn('apigateway', `/restapis/${rest.id ?? ''}/stages/${name}`, s.region, ''), `${rest.name ?? rest.id ?? ''}/${name}`, APIGATEWAY_READ);
  const methodSettings: JsonValue[] = Object.entries(st.methodSettings ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([methodPath, m]) => {
      const out: Record<string, JsonValue> = { methodPath };
      if (m.cachingEnabled !== undefined) out.cachingEnabled = m.cachingEnabled;
      if (m.cacheDataEncrypted !== undefined) out.cacheDataEncrypted = m.cacheDataEncrypted;
      return out;
    });
  r.known('apiKind', 'rest')
    .known('accessLogDestinationArn', st.accessLogSettings?.destinationArn || undefined)
    .known('tracingEnabled', st.tracingEnabled ?? false)
    .known('cacheClusterEnabled', st.cacheClusterEnabled ?? false)
    .known('methodSettings', methodSettings)
    .tags(st.tags ?? {});
  return r;
}

/** Stages of API Gateway HTTP and WebSocket APIs (v2): access logs (X-Ray and caches do not exist there). */
export const apigatewayV2Collector: Collector = {
  service: 'apigatewayv2',
  scope: 'regional',
  types: [apigatewayStage.type],
  actions: [APIGATEWAY_READ],
  async collect(s) {
    const api = s.client(ApiGatewayV2Client);
    const pages = await s.all(APIGATEWAY_READ, () => tokenPages((NextToken) => api.send(new GetApisCommand({ NextToken, MaxResults: '100' }))));
    const listed = pages.kind === 'ok' ? { ...pages, value: pages.value.flatMap((p) => p.Items ?? []) } : pages;
    if (listed.kind !== 'ok') {
      s.unlisted(apigatewayStage, s.arn('apigateway', '/apis/*/stages/*', s.region, ''), listed);
      return;
    }
    await mapLimit(listed.value, 8, (a) => collectV2Stages(s, api, a));
  },
};

async function collectV2Stages(s: Scope, api: ApiGatewayV2Client, a: Api): Promise<void> {
  const apiId = a.ApiId ?? '';
  const pages = await s.all(APIGATEWAY_READ, () => tokenPages((NextToken) => api.send(new GetV2StagesCommand({ ApiId: apiId, NextToken, MaxResults: '100' }))));
  const stages = pages.kind === 'ok' ? { ...pages, value: pages.value.flatMap((p) => p.Items ?? []) } : pages;
  if (stages.kind !== 'ok') {
    s.unlisted(apigatewayStage, s.arn('apigateway', `/apis/${apiId}/stages/*`, s.region, ''), stages);
    return;
  }
  for (const st of stages.value) s.emit(v2Stage(s, a, st));
}

function v2Stage(s: Scope, a: Api, st: V2Stage) {
  const name = st.StageName ?? '';
  const r = s.resource(apigatewayStage.type, s.arn('apigateway', `/apis/${a.ApiId ?? ''}/stages/${name}`, s.region, ''), `${a.Name ?? a.ApiId ?? ''}/${name}`, APIGATEWAY_READ);
  // HTTP and WebSocket APIs have no X-Ray tracing, cache cluster or per-method cache settings.
  r.known('apiKind', 'v2')
    .known('accessLogDestinationArn', st.AccessLogSettings?.DestinationArn || undefined)
    .absent('tracingEnabled')
    .absent('cacheClusterEnabled')
    .known('methodSettings', [])
    .tags(st.Tags ?? {});
  return r;
}

/** AWS Config configuration aggregators of the region and the sources they gather. */
export const configAggregatorCollector: Collector = {
  service: 'config',
  scope: 'regional',
  types: [configAggregator.type],
  actions: ['config:DescribeConfigurationAggregators'],
  async collect(s) {
    const cfg = s.client(ConfigServiceClient);
    const listed = await s.all('config:DescribeConfigurationAggregators', () => paginateDescribeConfigurationAggregators({ client: cfg }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(configAggregator, s.arn('config', 'config-aggregator/*'), listed);
      return;
    }
    for (const agg of listed.value.flatMap((p) => p.ConfigurationAggregators ?? [])) s.emit(aggregator(s, agg));
  },
};

function aggregator(s: Scope, agg: ConfigurationAggregator) {
  const name = agg.ConfigurationAggregatorName ?? '';
  const r = s.resource(configAggregator.type, agg.ConfigurationAggregatorArn ?? s.arn('config', `config-aggregator/${name}`), name, 'config:DescribeConfigurationAggregators');
  const regions = (list: string[] | undefined): string[] => [...(list ?? [])].sort();
  const org = agg.OrganizationAggregationSource;
  r.known(
    'accountSources',
    (agg.AccountAggregationSources ?? []).map((src) => ({ accountIds: regions(src.AccountIds), allRegions: src.AllAwsRegions ?? false, regions: regions(src.AwsRegions) })),
  ).known('organizationSource', org ? { allRegions: org.AllAwsRegions ?? false, regions: regions(org.AwsRegions), ...(org.RoleArn ? { roleArn: org.RoleArn } : {}) } : undefined);
  r.tagsUnknown(TAGS_NOT_COLLECTED);
  return r;
}

/**
 * Auto Scaling launch configurations. Their user data is never read into the model (it can hold
 * secrets), exactly as for instances and launch templates.
 */
export const launchConfigurationCollector: Collector = {
  service: 'autoscaling',
  scope: 'regional',
  types: [launchConfiguration.type],
  actions: ['autoscaling:DescribeLaunchConfigurations'],
  async collect(s) {
    const as = s.client(AutoScalingClient);
    const listed = await s.all('autoscaling:DescribeLaunchConfigurations', () => paginateDescribeLaunchConfigurations({ client: as, pageSize: 100 }, {}));
    if (listed.kind !== 'ok') {
      s.unlisted(launchConfiguration, s.arn('autoscaling', 'launchConfiguration:*'), listed);
      return;
    }
    for (const lc of listed.value.flatMap((p) => p.LaunchConfigurations ?? [])) s.emit(launchConfig(s, lc));
  },
};

function launchConfig(s: Scope, lc: LaunchConfiguration) {
  const name = lc.LaunchConfigurationName ?? '';
  const r = s.resource(launchConfiguration.type, lc.LaunchConfigurationARN ?? s.arn('autoscaling', `launchConfiguration:*:launchConfigurationName/${name}`), name, 'autoscaling:DescribeLaunchConfigurations');
  const md = lc.MetadataOptions;
  let metadataOptions: Record<string, JsonValue> | undefined;
  if (md) {
    metadataOptions = {};
    if (md.HttpTokens) metadataOptions.httpTokens = md.HttpTokens;
    if (md.HttpEndpoint) metadataOptions.httpEndpoint = md.HttpEndpoint;
    if (md.HttpPutResponseHopLimit !== undefined) metadataOptions.httpPutResponseHopLimit = md.HttpPutResponseHopLimit;
  }
  r.known('imageId', lc.ImageId)
    .known('instanceType', lc.InstanceType)
    .known('metadataOptions', metadataOptions)
    .known('blockDevices', devices(lc.BlockDeviceMappings ?? [], undefined))
    .known('associatePublicIpAddress', lc.AssociatePublicIpAddress)
    // The listing carries UserData; it is dropped here and never reaches the model.
    .unknown('userData', USER_DATA_NOT_COLLECTED)
    // Launch configurations cannot be tagged.
    .tags({});
  return r;
}

/** Collectors of this area, in a fixed order (registered in AWS_COLLECTORS). */
export const EDGE_COLLECTORS: readonly Collector[] = [cloudfrontCollector, apigatewayRestCollector, apigatewayV2Collector, configAggregatorCollector, launchConfigurationCollector];
