import type { JsonValue } from '../../../../core/index.js';
import { isObject } from '../eval/values.js';
import { ResourceDraft, bool, compact, num, str, toJson, valueAt } from './builder.js';
import { identifier } from './links.js';
import type { TfAdapter } from './types.js';

export const logGroupAdapter: TfAdapter = {
  modelType: 'aws.logs.log-group',
  primary: ['aws_cloudwatch_log_group'],
  nameAttr: 'name',
  build(inst) {
    const name = valueAt(inst, ['name']);
    const d = new ResourceDraft(inst, 'aws.logs.log-group', typeof name === 'string' ? name : inst.address);
    d.set('retentionDays', num(valueAt(inst, ['retention_in_days'])), { inst, path: ['retention_in_days'] });
    const key = valueAt(inst, ['kms_key_id']);
    d.set('kmsKeyId', key === '' ? undefined : identifier(key), { inst, path: ['kms_key_id'] });
    return d;
  },
  joins: {
    aws_cloudwatch_log_metric_filter: {
      via: 'log_group_name',
      apply(d, inst) {
        const ev = d.attributes.metricFilters;
        const current = ev?.state === 'known' && Array.isArray(ev.value) ? ev.value : [];
        const mt = valueAt(inst, ['metric_transformation', 0]);
        const filter: JsonValue = compact({
          name: str(valueAt(inst, ['name'])),
          pattern: str(valueAt(inst, ['pattern'])),
          metricName: isObject(mt) ? str(mt.name) : undefined,
          metricNamespace: isObject(mt) ? str(mt.namespace) : undefined,
        });
        d.attributes.metricFilters = { state: 'known', value: [...current, filter] };
        d.line(`metricFilters.${current.length}`, inst, []);
      },
    },
  },
};

export const metricAlarmAdapter: TfAdapter = {
  modelType: 'aws.cloudwatch.alarm',
  primary: ['aws_cloudwatch_metric_alarm'],
  build(inst) {
    const name = valueAt(inst, ['alarm_name']);
    const d = new ResourceDraft(inst, 'aws.cloudwatch.alarm', typeof name === 'string' ? name : inst.address);
    d.set('metricName', str(valueAt(inst, ['metric_name'])), { inst, path: ['metric_name'] });
    d.set('namespace', str(valueAt(inst, ['namespace'])), { inst, path: ['namespace'] });
    d.set('actionsEnabled', bool(valueAt(inst, ['actions_enabled'])), { inst, path: ['actions_enabled'] });
    const actions = valueAt(inst, ['alarm_actions']);
    d.set('alarmActions', Array.isArray(actions) ? actions.map((a) => identifier(a) ?? null) : toJson(actions), { inst, path: ['alarm_actions'] });
    return d;
  },
};
