import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asList, asString, compact, nameOf } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import type { EvalValue } from '../values.js';
import { isEvalObject, toModelJson } from '../values.js';
import type { CfnAdapter } from './types.js';

export const guarddutyDetectorAdapter: CfnAdapter = {
  modelType: 'aws.guardduty.region',
  cfnTypes: ['AWS::GuardDuty::Detector'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.guardduty.region');
    const enable = asBool(b.prop('Enable'));
    const status = enable === undefined ? undefined : isUnknownMarker(enable) ? enable : enable ? 'ENABLED' : 'DISABLED';
    b.set('detectors', [compact({ status, findingPublishingFrequency: asString(b.prop('FindingPublishingFrequency')) })] as JsonValue, 'Enable');
    return [b.build(res.logicalId, ctx)];
  },
};

export const securityhubHubAdapter: CfnAdapter = {
  modelType: 'aws.securityhub.region',
  cfnTypes: ['AWS::SecurityHub::Hub'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.securityhub.region');
    b.set('enabled', true);
    return [b.build(res.logicalId, ctx)];
  },
};

export const accessAnalyzerAdapter: CfnAdapter = {
  modelType: 'aws.accessanalyzer.region',
  cfnTypes: ['AWS::AccessAnalyzer::Analyzer'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.accessanalyzer.region');
    b.set('analyzers', [compact({ name: asString(b.prop('AnalyzerName')), type: asString(b.prop('Type')) })] as JsonValue, 'Type');
    return [b.build(nameOf(res, 'AnalyzerName'), ctx)];
  },
};

export const configRecorderAdapter: CfnAdapter = {
  modelType: 'aws.config.region',
  cfnTypes: ['AWS::Config::ConfigurationRecorder'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.config.region');
    // CloudFormation starts the recorder once its delivery channel exists.
    const all = asBool(b.prop('RecordingGroup.AllSupported'));
    b.set('recorders', [compact({ name: asString(b.prop('Name')) ?? 'default', recording: true, allSupported: all ?? (b.prop('RecordingGroup') === undefined ? true : false), includeGlobalResourceTypes: asBool(b.prop('RecordingGroup.IncludeGlobalResourceTypes')) })] as JsonValue, 'RecordingGroup');
    return [b.build(nameOf(res, 'Name'), ctx)];
  },
};

function source(v: EvalValue | undefined): ModelValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isEvalObject(v)) return toModelJson(v) as ModelValue;
  const regions = asList(v.AwsRegions);
  return compact({ allRegions: asBool(v.AllAwsRegions) ?? false, regions: Array.isArray(regions) ? regions.map((r) => asString(r) ?? null) : regions });
}

export const configAggregatorAdapter: CfnAdapter = {
  modelType: 'aws.config.aggregator',
  cfnTypes: ['AWS::Config::ConfigurationAggregator'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.config.aggregator');
    const accounts = asList(b.prop('AccountAggregationSources'));
    if (Array.isArray(accounts)) b.set('accountSources', accounts.map((a) => source(a) ?? null) as JsonValue, 'AccountAggregationSources');
    else b.set('accountSources', accounts, 'AccountAggregationSources');
    b.set('organizationSource', source(b.prop('OrganizationAggregationSource')), 'OrganizationAggregationSource');
    return [b.build(nameOf(res, 'ConfigurationAggregatorName'), ctx)];
  },
};
