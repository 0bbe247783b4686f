import type { JsonValue } from '../../../../core/index.js';
import type { TfValue } from '../eval/values.js';
import { isObject, isUnknown } from '../eval/values.js';
import { ResourceDraft, bool, toJson, valueAt } from './builder.js';
import { blocks, identifier, link, resolveLinks } from './links.js';
import type { TfAdapter } from './types.js';

const pascal = (k: string) => k.split('_').map((p) => (p ? p[0]?.toUpperCase() + p.slice(1) : p)).join('');

/** Event selectors in the GetEventSelectors shape, from the Terraform blocks. */
function selectors(inst: Parameters<TfAdapter['build']>[0]): { json: JsonValue | undefined; management: JsonValue | undefined } {
  const basic = blocks(inst, 'event_selector');
  const advanced = blocks(inst, 'advanced_event_selector');
  if (!basic.length && !advanced.length) return { json: undefined, management: undefined };
  const unknownBlock = [...basic, ...advanced].find((b) => isUnknown(b));
  if (unknownBlock) {
    const marker = toJson(unknownBlock);
    return { json: marker, management: marker };
  }
  const eventSelectors = basic.filter(isObject).map((b) => ({
    ReadWriteType: toJson(b.read_write_type ?? 'All') ?? 'All',
    IncludeManagementEvents: toJson(bool(b.include_management_events as TfValue) ?? true) ?? true,
    DataResources: (Array.isArray(b.data_resource) ? b.data_resource : []).filter(isObject).map((r) => ({ Type: toJson(r.type) ?? null, Values: toJson(r.values) ?? [] })),
  }));
  const advancedEventSelectors = advanced.filter(isObject).map((b) => ({
    Name: toJson(b.name) ?? null,
    FieldSelectors: (Array.isArray(b.field_selector) ? b.field_selector : []).filter(isObject).map((f) => {
      const out: Record<string, JsonValue> = {};
      for (const [k, v] of Object.entries(f)) out[k === 'field' ? 'Field' : pascal(k)] = toJson(v) ?? null;
      return out;
    }),
  }));
  const json: JsonValue = { eventSelectors: basic.length ? eventSelectors : null, advancedEventSelectors: advanced.length ? advancedEventSelectors : null };
  return { json, management: managementOf(eventSelectors, advancedEventSelectors) };
}

function managementOf(basic: { ReadWriteType: JsonValue; IncludeManagementEvents: JsonValue }[], advanced: { FieldSelectors: Record<string, JsonValue>[] }[]): JsonValue {
  if (advanced.length) {
    const mgmt = advanced.filter((s) => s.FieldSelectors.some((f) => f.Field === 'eventCategory' && Array.isArray(f.Equals) && f.Equals.includes('Management')));
    if (!mgmt.length) return 'None';
    const ro = mgmt.map((s) => {
      const f = s.FieldSelectors.find((x) => x.Field === 'readOnly');
      return Array.isArray(f?.Equals) ? f.Equals[0] : undefined;
    });
    if (ro.some((x) => x === undefined)) return 'All';
    const set = new Set(ro);
    return set.size > 1 ? 'All' : set.has('true') ? 'ReadOnly' : 'WriteOnly';
  }
  const sels = basic.filter((s) => s.IncludeManagementEvents !== false);
  if (!sels.length) return 'None';
  const marker = sels.find((s) => typeof s.ReadWriteType !== 'string');
  if (marker) return marker.ReadWriteType;
  const types = new Set(sels.map((s) => s.ReadWriteType));
  if (types.has('All') || (types.has('ReadOnly') && types.has('WriteOnly'))) return 'All';
  return types.has('ReadOnly') ? 'ReadOnly' : 'WriteOnly';
}

export const cloudtrailAdapter: TfAdapter = {
  modelType: 'aws.cloudtrail.trail',
  primary: ['aws_cloudtrail'],
  nameAttr: 'name',
  build(inst, ctx) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.cloudtrail.trail', typeof name === 'string' ? name : inst.address);
    d.set('isMultiRegion', bool(valueAt(inst, ['is_multi_region_trail'])), { inst, path: ['is_multi_region_trail'] });
    d.set('isOrganizationTrail', bool(valueAt(inst, ['is_organization_trail'])), { inst, path: ['is_organization_trail'] });
    // enable_logging defaults to true in the provider: the trail starts logging when created.
    d.set('isLogging', bool(valueAt(inst, ['enable_logging'])) ?? true, { inst, path: ['enable_logging'] });
    d.set('logFileValidation', bool(valueAt(inst, ['enable_log_file_validation'])), { inst, path: ['enable_log_file_validation'] });
    d.set('includeGlobalServiceEvents', bool(valueAt(inst, ['include_global_service_events'])), { inst, path: ['include_global_service_events'] });
    d.set('kmsKeyId', identifier(valueAt(inst, ['kms_key_id'])), { inst, path: ['kms_key_id'] });
    d.set('s3BucketName', identifier(valueAt(inst, ['s3_bucket_name'])), { inst, path: ['s3_bucket_name'] });
    d.set('cloudWatchLogsLogGroupArn', identifier(valueAt(inst, ['cloud_watch_logs_group_arn'])), { inst, path: ['cloud_watch_logs_group_arn'] });
    link(d, ctx, 'logs-to', valueAt(inst, ['s3_bucket_name']));
    link(d, ctx, 'delivers-to-log-group', valueAt(inst, ['cloud_watch_logs_group_arn']));
    const sel = selectors(inst);
    const selPath = inst.config.advanced_event_selector !== undefined ? ['advanced_event_selector'] : ['event_selector'];
    d.set('eventSelectors', sel.json, { inst, path: selPath });
    d.set('managementEvents', sel.management, { inst, path: selPath });
    return d;
  },
  finish: resolveLinks,
};
