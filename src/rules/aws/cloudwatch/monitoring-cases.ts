/** Shared fail / pass / unknown cases of the CIS monitoring rules. Only their tests import this module. */
import { liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { Resource } from '../../../core/index.js';
import type { RuleCase } from '../../testing.js';
import type { MonitoringControl } from './monitoring.lib.js';

const TRAIL = 'aws.cloudtrail.trail';
const GROUP_ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail-events';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:security-alerts';

type Case = Omit<RuleCase, 'name'>;

export function monitoringKit(c: MonitoringControl) {
  const trail = (name: string, attrs: Record<string, unknown> = {}): Resource =>
    liveResource(TRAIL, name, { isMultiRegion: true, isLogging: true, cloudWatchLogsLogGroupArn: `${GROUP_ARN}:*`, ...(attrs as Record<string, never>) });
  const group = (filters: unknown, uid = GROUP_ARN) => liveResource('aws.logs.log-group', 'cloudtrail-events', { metricFilters: filters as never }, { uid });
  const filter = (pattern: string, metricName = c.metricName) => ({ name: `${c.metricName}-filter`, pattern, metricName, metricNamespace: 'CISBenchmark' });
  const alarm = (attrs: Record<string, unknown> = {}) =>
    liveResource('aws.cloudwatch.alarm', `${c.metricName}-alarm`, { metricName: c.metricName, namespace: 'CISBenchmark', actionsEnabled: true, alarmActions: [TOPIC], ...(attrs as Record<string, never>) });
  const names = [...new Set(c.events.map((e) => String(e.eventName)))];
  const partial = names.length > 1 ? `{ ${names.slice(0, -1).map((n) => `($.eventName = ${n})`).join(' || ')} }` : undefined;

  const fails: RuleCase[] = [
    { name: 'log group without any metric filter', resource: trail('no-filter'), others: [group([]), alarm()], message: 'No metric filter' },
    { name: 'a filter for something else', resource: trail('other'), others: [group([filter('{ $.eventName = "SomethingUnrelated" }')]), alarm()], message: 'No metric filter' },
    { name: 'a catch-all filter is not monitoring', resource: trail('catch-all'), others: [group([filter('{ $.eventName = "*" }')]), alarm()], message: 'No metric filter' },
    { name: 'a text pattern is not understood', resource: trail('text'), others: [group([filter(names.join(' '))]), alarm()], message: 'No metric filter' },
    { name: 'matching filter without an alarm', resource: trail('no-alarm'), others: [group([filter(c.pattern)])], message: 'no alarm with an enabled action' },
    { name: 'alarm without actions', resource: trail('no-actions'), others: [group([filter(c.pattern)]), alarm({ alarmActions: [] })], message: 'no alarm with an enabled action' },
    { name: 'alarm with actions disabled', resource: trail('disabled'), others: [group([filter(c.pattern)]), alarm({ actionsEnabled: false })], message: 'no alarm with an enabled action' },
    { name: 'alarm on another metric', resource: trail('other-metric'), others: [group([filter(c.pattern)]), alarm({ metricName: 'Other' })], message: 'no alarm with an enabled action' },
  ];
  if (partial) fails.push({ name: `a filter missing ${names[names.length - 1] ?? ''}`, resource: trail('partial'), others: [group([filter(partial)]), alarm()], message: 'No metric filter' });

  const noLogs: Case = { resource: trail('no-cw', { cloudWatchLogsLogGroupArn: null }), message: 'does not deliver to CloudWatch Logs' };
  const good: Case = { resource: trail('good'), others: [group([filter(c.pattern)]), alarm()], message: 'catches' };
  const passes: RuleCase[] = [
    {
      name: 'log group found by name, among other filters',
      resource: trail('by-name'),
      others: [group([filter('{ $.eventName = "x" }', 'Other'), filter(c.pattern)], 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail-events:other-form'), alarm()],
    },
  ];
  const filtersUnknown: Case = {
    resource: trail('filters-unknown'),
    others: [{ ...group([]), attributes: { metricFilters: { state: 'unknown', cause: { kind: 'api-error', operation: 'logs:DescribeMetricFilters', errorCode: 'AccessDenied', message: 'denied' } } } }],
    cause: 'logs:DescribeMetricFilters',
  } as Case;
  const unknowns: (RuleCase & { cause: string })[] = [
    { name: 'log group ARN not readable', resource: trail('arn-unknown', { cloudWatchLogsLogGroupArn: unknownAttr('cloudtrail:DescribeTrails') as never }), cause: 'cloudtrail:DescribeTrails' },
    { name: 'log group not collected', resource: trail('missing'), cause: 'was not collected' },
  ];
  const notApplicable: RuleCase[] = [{ name: 'single-region trail', resource: trail('single', { isMultiRegion: false }) }];
  return { noLogs, good, filtersUnknown: filtersUnknown as Case & { cause: string }, fails, passes, unknowns, notApplicable };
}
