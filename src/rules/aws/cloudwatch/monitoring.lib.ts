/**
 * The CIS "monitoring" controls: for each, a multi-region trail's CloudWatch Logs log group needs a
 * metric filter whose pattern catches the control's CloudTrail events, and an alarm on that
 * filter's metric with an action (usually an SNS topic). One factory builds the rules; each control
 * gives sample events its filter must match and a routine event it must not (so a catch-all filter
 * does not count as monitoring a specific change).
 */
import type { CheckOutcome, JsonValue, Resource, RuleContext, RuleMeta, Severity, UnknownCause } from '../../../core/index.js';
import { UnknownEvidenceError, isJsonObject, isUnknownMarker } from '../../../core/index.js';
import type { Event } from './filter-pattern.js';
import { parseFilterPattern } from './filter-pattern.js';

export interface MonitoringControl {
  slug: string;
  title: string;
  severity: Severity;
  /** What is watched, for descriptions and messages: "CloudTrail configuration changes". */
  watched: string;
  risk: string;
  /** Events the filter must catch. */
  events: Event[];
  /** A routine event the filter must not catch. */
  routine: Event;
  /** A pattern that satisfies the control, for the remediation snippets and tests. */
  pattern: string;
  metricName: string;
  references?: string[];
}

/** The log group a trail delivers to, found in the inventory by relationship or by ARN. */
export function trailLogGroup(ctx: RuleContext): { group?: Resource; arn?: string } {
  const rel = ctx.resource.relationships?.find((r) => r.kind === 'delivers-to-log-group');
  if (rel) {
    const group = ctx.inventory.byUid(rel.target);
    if (group) return { group, arn: group.uid };
  }
  const arn = ctx.string('cloudWatchLogsLogGroupArn');
  if (!arn) return {};
  const bare = arn.replace(/:\*$/, '');
  const name = /:log-group:(.+)$/.exec(bare)?.[1];
  const group = ctx.inventory.byUid(bare) ?? findLogGroup(ctx, bare, name);
  return group ? { group, arn: bare } : { arn: bare };
}

interface LogGroupIndex {
  groups: readonly Resource[];
  /** Position of the first group with this uid. */
  byUid: Map<string, number>;
  /** Positions of the groups with this name, in inventory order. */
  byName: Map<string, number[]>;
}

/**
 * The first log group (inventory order) with uid `bare`, or named `name` in the trail's account.
 * The groups are indexed once per inventory, not scanned once per trail and rule.
 */
function findLogGroup(ctx: RuleContext, bare: string, name: string | undefined): Resource | undefined {
  const { groups, byUid, byName } = ctx.inventory.memo('cloudwatch:log-group-index', (): LogGroupIndex => {
    const all = ctx.inventory.byType('aws.logs.log-group');
    const uids = new Map<string, number>();
    const names = new Map<string, number[]>();
    all.forEach((g, i) => {
      if (!uids.has(g.uid)) uids.set(g.uid, i);
      let list = names.get(g.name);
      if (!list) names.set(g.name, (list = []));
      list.push(i);
    });
    return { groups: all, byUid: uids, byName: names };
  });
  let at = byUid.get(bare);
  if (name !== undefined) {
    const account = ctx.resource.account;
    for (const i of byName.get(name) ?? []) {
      if (at !== undefined && i >= at) break;
      const g = groups[i] as Resource;
      if (!g.account || !account || g.account === account) {
        at = i;
        break;
      }
    }
  }
  return at === undefined ? undefined : groups[at];
}

interface Filter {
  name: string;
  metricName: string | undefined;
  metricNamespace: string | undefined;
}

function stringField(o: JsonValue | undefined, key: string): string | undefined {
  if (!isJsonObject(o)) return undefined;
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

function causeOf(v: JsonValue | undefined): UnknownCause | undefined {
  return isUnknownMarker(v) ? v.$unknown : undefined;
}

/** The metadata of a monitoring rule, all but its id (written in each rule file). */
export function monitoringMeta(c: MonitoringControl): Omit<RuleMeta, 'id'> {
  const patternOk = parseFilterPattern(c.pattern);
  if (!patternOk.ok || !c.events.every((e) => patternOk.match(e)) || patternOk.match(c.routine)) {
    throw new Error(`monitoring control ${c.slug}: its example pattern does not satisfy its own events`);
  }
  return {
      title: c.title,
      severity: c.severity,
      provider: 'aws',
      service: 'cloudwatch',
      resourceTypes: ['aws.cloudtrail.trail'],
      description:
        `For each multi-region CloudTrail trail, looks up the CloudWatch Logs log group it delivers to and checks that a metric filter ` +
        `on that group catches ${c.watched} and that a CloudWatch alarm on the filter's metric has at least one enabled action. ` +
        'Filter patterns are evaluated against sample CloudTrail events, so equivalent patterns written differently count, and a ' +
        'filter that matches every event does not. Single-region trails are not judged.',
      risk: c.risk,
      remediation: {
        text:
          `Send the multi-region trail to a CloudWatch Logs log group, add a metric filter for ${c.watched} to it and create an ` +
          'alarm on its metric that notifies an SNS topic somebody reads. An EventBridge rule is an alternative outside this check.',
        cli:
          `aws logs put-metric-filter --log-group-name CLOUDTRAIL_LOG_GROUP --filter-name ${c.metricName} ` +
          `--metric-transformations metricName=${c.metricName},metricNamespace=CISBenchmark,metricValue=1 ` +
          `--filter-pattern '${c.pattern}'\n` +
          `aws cloudwatch put-metric-alarm --alarm-name ${c.metricName} --metric-name ${c.metricName} --namespace CISBenchmark ` +
          '--statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 ' +
          '--alarm-actions SNS_TOPIC_ARN',
        terraform:
          `resource "aws_cloudwatch_log_metric_filter" "${c.metricName}" {\n  name           = "${c.metricName}"\n` +
          `  log_group_name = aws_cloudwatch_log_group.cloudtrail.name\n  pattern        = ${JSON.stringify(c.pattern)}\n` +
          `  metric_transformation {\n    name      = "${c.metricName}"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }\n}\n\n` +
          `resource "aws_cloudwatch_metric_alarm" "${c.metricName}" {\n  alarm_name          = "${c.metricName}"\n` +
          `  metric_name         = "${c.metricName}"\n  namespace           = "CISBenchmark"\n  statistic           = "Sum"\n` +
          '  period              = 300\n  threshold           = 1\n  evaluation_periods  = 1\n' +
          '  comparison_operator = "GreaterThanOrEqualToThreshold"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn]\n}',
        cloudformation:
          `${c.metricName}Filter:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref CloudTrailLogGroup\n` +
          `    FilterPattern: '${c.pattern}'\n    MetricTransformations:\n      - MetricName: ${c.metricName}\n        MetricNamespace: CISBenchmark\n        MetricValue: '1'\n` +
          `${c.metricName}Alarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    MetricName: ${c.metricName}\n    Namespace: CISBenchmark\n` +
          '    Statistic: Sum\n    Period: 300\n    Threshold: 1\n    EvaluationPeriods: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n' +
          '    AlarmActions: [!Ref SecurityAlertsTopic]',
        console:
          'CloudWatch > Log groups > the CloudTrail log group > Metric filters > Create metric filter (pattern above) > then Create alarm on the new metric with an SNS notification',
      },
      references: [
        'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
        'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
        ...(c.references ?? []),
      ],
      sources: ['live', 'iac'],
      tags: ['cis-monitoring'],
  };
}

/** The check of a monitoring rule. */
export function monitoringCheck(c: MonitoringControl): (ctx: RuleContext) => CheckOutcome {
  return (ctx) => {
      if (!ctx.bool('isMultiRegion')) return ctx.notApplicable('Single-region trail: the CIS monitoring controls are judged on multi-region trails');
      const { group, arn } = trailLogGroup(ctx);
      if (!arn && !group) return ctx.fail(`The trail does not deliver to CloudWatch Logs, so ${c.watched} cannot raise an alarm`, 'cloudWatchLogsLogGroupArn');
      if (!group) {
        const kind = ctx.resource.provenance.kind;
        throw new UnknownEvidenceError(
          'cloudWatchLogsLogGroupArn',
          kind === 'live'
            ? { kind: 'not-collected', message: `log group ${arn ?? ''} was not collected in this scan` }
            : { kind: 'unresolved', expression: arn ?? 'cloudWatchLogsLogGroupArn', message: `log group ${arn ?? ''} is defined outside this configuration` },
        );
      }
      const raw = ctx.getOf(group, 'metricFilters');
      if (isUnknownMarker(raw)) throw new UnknownEvidenceError(`${group.uid}#metricFilters`, raw.$unknown);
      const filters = Array.isArray(raw) ? raw : [];
      const matching: Filter[] = [];
      let unknown: { path: string; cause: UnknownCause } | undefined;
      filters.forEach((f, i) => {
        const fc = causeOf(f) ?? (isJsonObject(f) ? causeOf(f.pattern) : undefined);
        if (fc) {
          unknown ??= { path: `${group.uid}#metricFilters.${i}`, cause: fc };
          return;
        }
        const pattern = stringField(f, 'pattern');
        if (pattern === undefined) return;
        const parsed = parseFilterPattern(pattern);
        if (!parsed.ok || !c.events.every((e) => parsed.match(e)) || parsed.match(c.routine)) return;
        const mc = isJsonObject(f) ? (causeOf(f.metricName) ?? causeOf(f.metricNamespace)) : undefined;
        if (mc) {
          unknown ??= { path: `${group.uid}#metricFilters.${i}.metricName`, cause: mc };
          return;
        }
        matching.push({ name: stringField(f, 'name') ?? `filter ${i}`, metricName: stringField(f, 'metricName'), metricNamespace: stringField(f, 'metricNamespace') });
      });
      if (!matching.length) {
        if (unknown) throw new UnknownEvidenceError(unknown.path, unknown.cause);
        return ctx.fail(`No metric filter on log group ${group.name} catches ${c.watched}`, 'cloudWatchLogsLogGroupArn');
      }
      for (const f of matching) {
        for (const alarm of ctx.inventory.byType('aws.cloudwatch.alarm')) {
          if (alarm.account && ctx.resource.account && alarm.account !== ctx.resource.account) continue;
          const metric = ctx.getOf(alarm, 'metricName');
          const ns = ctx.getOf(alarm, 'namespace');
          const cause = causeOf(metric) ?? causeOf(ns);
          if (cause) {
            unknown ??= { path: `${alarm.uid}#metricName`, cause };
            continue;
          }
          if (metric !== f.metricName || (f.metricNamespace !== undefined && ns !== f.metricNamespace)) continue;
          const enabled = ctx.getOf(alarm, 'actionsEnabled');
          const actions = ctx.getOf(alarm, 'alarmActions');
          const ac = causeOf(enabled) ?? causeOf(actions);
          if (ac) {
            unknown ??= { path: `${alarm.uid}#alarmActions`, cause: ac };
            continue;
          }
          if (enabled !== false && Array.isArray(actions) && actions.length > 0) {
            return ctx.pass(`Metric filter ${f.name} on ${group.name} catches ${c.watched} and alarm ${alarm.name} notifies ${actions.length} action(s)`, 'cloudWatchLogsLogGroupArn');
          }
        }
      }
      if (unknown) throw new UnknownEvidenceError(unknown.path, unknown.cause);
      return ctx.fail(
        `Metric filter ${matching.map((f) => f.name).join(', ')} catches ${c.watched}, but no alarm with an enabled action watches its metric ${matching.map((f) => f.metricName ?? '?').join(', ')}`,
        'cloudWatchLogsLogGroupArn',
      );
  };
}
