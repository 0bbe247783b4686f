import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, paginateDescribeLogGroups, paginateDescribeMetricFilters } from '@aws-sdk/client-cloudwatch-logs';
import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { UnknownCause } from '../../../core/index.js';
import { logGroup, metricAlarm } from '../../../core/index.js';
import type { Collector, Scope } from '../scope.js';

export const TAGS_NOT_COLLECTED: UnknownCause = { kind: 'not-collected', message: 'tags are not collected for this resource type (one extra call per resource)' };

export const logsCollector: Collector = {
  service: 'logs',
  scope: 'regional',
  types: [logGroup.type],
  actions: ['logs:DescribeLogGroups', 'logs:DescribeMetricFilters'],
  async collect(s) {
    const logs = s.client(CloudWatchLogsClient);
    const [groups, filters] = await Promise.all([
      s.all('logs:DescribeLogGroups', () => paginateDescribeLogGroups({ client: logs }, {})),
      s.all('logs:DescribeMetricFilters', () => paginateDescribeMetricFilters({ client: logs }, {})),
    ]);
    if (groups.kind !== 'ok') {
      s.unlisted(logGroup, s.arn('logs', 'log-group:*'), groups);
      return;
    }
    const byGroup = new Map<string, MetricFilter[]>();
    if (filters.kind === 'ok') {
      for (const f of filters.value.flatMap((p) => p.metricFilters ?? [])) {
        const list = byGroup.get(f.logGroupName ?? '') ?? [];
        list.push(f);
        byGroup.set(f.logGroupName ?? '', list);
      }
    }
    for (const g of groups.value.flatMap((p) => p.logGroups ?? [])) {
      const name = g.logGroupName ?? '';
      const r = s.resource(logGroup.type, (g.arn ?? s.arn('logs', `log-group:${name}`)).replace(/:\*$/, ''), name, 'logs:DescribeLogGroups');
      r.known('retentionDays', g.retentionInDays).known('kmsKeyId', g.kmsKeyId).known('storedBytes', g.storedBytes);
      r.op('logs:DescribeMetricFilters');
      if (filters.kind === 'error') r.unknown('metricFilters', filters.cause);
      else {
        r.known(
          'metricFilters',
          (byGroup.get(name) ?? [])
            .map((f) => ({
              name: f.filterName ?? '',
              pattern: f.filterPattern ?? '',
              metricName: f.metricTransformations?.[0]?.metricName ?? '',
              metricNamespace: f.metricTransformations?.[0]?.metricNamespace ?? '',
            }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        );
      }
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    }
  },
};

export const alarmsCollector: Collector = {
  service: 'cloudwatch',
  scope: 'regional',
  types: [metricAlarm.type],
  actions: ['cloudwatch:DescribeAlarms'],
  async collect(s: Scope) {
    const cw = s.client(CloudWatchClient);
    const listed = await s.all('cloudwatch:DescribeAlarms', () => paginateDescribeAlarms({ client: cw }, { AlarmTypes: ['MetricAlarm'] }));
    if (listed.kind !== 'ok') {
      s.unlisted(metricAlarm, s.arn('cloudwatch', 'alarm:*'), listed);
      return;
    }
    for (const al of listed.value.flatMap((p) => p.MetricAlarms ?? [])) {
      const name = al.AlarmName ?? '';
      const r = s.resource(metricAlarm.type, al.AlarmArn ?? s.arn('cloudwatch', `alarm:${name}`), name, 'cloudwatch:DescribeAlarms');
      r.known('metricName', al.MetricName).known('namespace', al.Namespace).known('actionsEnabled', al.ActionsEnabled ?? true);
      r.known('alarmActions', [...(al.AlarmActions ?? [])].sort()).known('stateValue', al.StateValue);
      r.tagsUnknown(TAGS_NOT_COLLECTED);
      s.emit(r);
    }
  },
};
