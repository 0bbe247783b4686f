import type { JsonValue } from '../../../../core/index.js';
import type { TfValue } from '../eval/values.js';
import { isObject, isUnknown } from '../eval/values.js';
import { ResourceDraft, bool, compact, str, toJson, valueAt } from './builder.js';
import type { TfAdapter } from './types.js';

/** Each region-level service resource in code stands for that service in the region it is deployed to. */

export const guarddutyDetectorAdapter: TfAdapter = {
  modelType: 'aws.guardduty.region',
  primary: ['aws_guardduty_detector'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.guardduty.region', inst.address);
    const enable = bool(valueAt(inst, ['enable']));
    const status = enable === undefined ? undefined : typeof enable === 'boolean' ? (enable ? 'ENABLED' : 'DISABLED') : enable;
    d.set('detectors', [compact({ status, findingPublishingFrequency: str(valueAt(inst, ['finding_publishing_frequency'])) })], { inst, path: ['enable'] });
    return d;
  },
};

export const securityhubAccountAdapter: TfAdapter = {
  modelType: 'aws.securityhub.region',
  primary: ['aws_securityhub_account'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.securityhub.region', inst.address);
    d.set('enabled', true);
    return d;
  },
};

export const accessAnalyzerAdapter: TfAdapter = {
  modelType: 'aws.accessanalyzer.region',
  primary: ['aws_accessanalyzer_analyzer'],
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.accessanalyzer.region', inst.address);
    d.set('analyzers', [compact({ name: str(valueAt(inst, ['analyzer_name'])), type: str(valueAt(inst, ['type'])) ?? 'ACCOUNT' })], { inst, path: ['type'] });
    return d;
  },
};

export const configRecorderAdapter: TfAdapter = {
  modelType: 'aws.config.region',
  primary: ['aws_config_configuration_recorder'],
  nameAttr: 'name',
  build(inst) {
    const d = new ResourceDraft(inst, 'aws.config.region', inst.address);
    const group = valueAt(inst, ['recording_group', 0]);
    // A recorder is created stopped: only an aws_config_configuration_recorder_status with is_enabled starts it.
    d.set(
      'recorders',
      [
        compact({
          name: str(valueAt(inst, ['name'])) ?? 'default',
          recording: false,
          allSupported: isObject(group) ? (bool(group.all_supported) ?? true) : isUnknown(group as TfValue) ? toJson(group) : true,
          includeGlobalResourceTypes: isObject(group) ? bool(group.include_global_resource_types) : undefined,
          roleArn: str(valueAt(inst, ['role_arn'])),
        }),
      ],
      { inst, path: ['recording_group'] },
    );
    return d;
  },
  joins: {
    aws_config_configuration_recorder_status: {
      via: 'name',
      apply(d, inst) {
        const ev = d.attributes.recorders;
        const list = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
        const first = list[0];
        if (!first || typeof first !== 'object' || Array.isArray(first)) return;
        const on = bool(valueAt(inst, ['is_enabled']));
        d.attributes.recorders = { state: 'known', value: [{ ...(first as Record<string, JsonValue>), recording: on ?? false }, ...list.slice(1)] };
        d.line('recorders.0.recording', inst, ['is_enabled']);
      },
    },
  },
};

function regionsSource(v: TfValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) return toJson(v);
  return compact({ accountIds: toJson(v.account_ids), allRegions: bool(v.all_regions) ?? false, regions: toJson(v.regions), roleArn: str(v.role_arn) });
}

export const configAggregatorAdapter: TfAdapter = {
  modelType: 'aws.config.aggregator',
  primary: ['aws_config_configuration_aggregator'],
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.config.aggregator', typeof name === 'string' ? name : inst.address);
    const accounts = valueAt(inst, ['account_aggregation_source']);
    if (Array.isArray(accounts)) d.set('accountSources', accounts.map((a) => { const s = regionsSource(a) as Record<string, JsonValue>; delete s.roleArn; return s; }), { inst, path: ['account_aggregation_source'] });
    else if (isUnknown(accounts as TfValue)) d.set('accountSources', toJson(accounts), { inst, path: ['account_aggregation_source'] });
    const org = valueAt(inst, ['organization_aggregation_source', 0]);
    if (org !== undefined) {
      const s = regionsSource(org);
      if (s && typeof s === 'object' && !Array.isArray(s)) delete (s as Record<string, JsonValue>).accountIds;
      d.set('organizationSource', s, { inst, path: ['organization_aggregation_source'] });
    }
    return d;
  },
};
