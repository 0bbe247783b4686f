import type { JsonValue } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import type { AdapterContext, ModelValue } from '../model.js';
import { ModelBuilder, asBool, asList, asString, compact, nameOf, propAt, refersTo } from '../model.js';
import type { EvaluatedResource } from '../template.js';
import { ofType } from './links.js';
import type { CfnAdapter } from './types.js';

export const logGroupAdapter: CfnAdapter = {
  modelType: 'aws.logs.log-group',
  cfnTypes: ['AWS::Logs::LogGroup'],
  joins: ['AWS::Logs::MetricFilter'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.logs.log-group');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['retentionDays', 'kmsKeyId', 'metricFilters']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    const retention = b.prop('RetentionInDays');
    b.set('retentionDays', typeof retention === 'number' ? retention : typeof retention === 'string' && /^\d+$/.test(retention) ? Number(retention) : (retention as ModelValue | undefined), 'RetentionInDays');
    const key = asString(b.prop('KmsKeyId'));
    b.set('kmsKeyId', key === '' ? undefined : key, 'KmsKeyId');
    const name = asString(b.prop('LogGroupName'));
    const filters: ModelValue[] = [];
    for (const f of ofType(ctx, 'AWS::Logs::MetricFilter')) {
      const target = propAt(f, 'LogGroupName');
      if (!refersTo(target, res.logicalId) && !(typeof name === 'string' && target === name)) continue;
      const transforms = asList(propAt(f, 'MetricTransformations'));
      const first = Array.isArray(transforms) ? transforms[0] : transforms;
      const mt = (k: string) => (first && !isUnknownMarker(first) && typeof first === 'object' && !Array.isArray(first) ? asString((first as Record<string, never>)[k]) : (first as ModelValue | undefined));
      b.setLocation(`metricFilters.${filters.length}`, { file: f.file, line: f.line });
      filters.push(compact({ name: asString(propAt(f, 'FilterName')) ?? f.logicalId, pattern: asString(propAt(f, 'FilterPattern')), metricName: mt('MetricName'), metricNamespace: mt('MetricNamespace') }));
    }
    if (filters.length) b.set('metricFilters', filters as JsonValue);
    return [b.build(nameOf(res, 'LogGroupName'), ctx)];
  },
};

export const metricAlarmAdapter: CfnAdapter = {
  modelType: 'aws.cloudwatch.alarm',
  cfnTypes: ['AWS::CloudWatch::Alarm'],
  adapt(res: EvaluatedResource, ctx: AdapterContext) {
    const b = new ModelBuilder(res, 'aws.cloudwatch.alarm');
    if (isUnknownMarker(res.properties)) {
      for (const attr of ['metricName', 'namespace', 'actionsEnabled', 'alarmActions']) b.set(attr, res.properties);
      return [b.build(res.logicalId, ctx)];
    }
    b.set('metricName', asString(b.prop('MetricName')), 'MetricName');
    b.set('namespace', asString(b.prop('Namespace')), 'Namespace');
    b.set('actionsEnabled', asBool(b.prop('ActionsEnabled')), 'ActionsEnabled');
    const actions = asList(b.prop('AlarmActions'));
    b.set('alarmActions', Array.isArray(actions) ? actions.map((a) => asString(a) ?? null) : actions, 'AlarmActions');
    return [b.build(nameOf(res, 'AlarmName'), ctx)];
  },
};
