import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const logGroup = defineResourceType({
  type: 'aws.logs.log-group',
  provider: 'aws',
  service: 'logs',
  description: 'A CloudWatch Logs log group with its retention, encryption and metric filters.',
  aliases: ['aws_cloudwatch_log_group', 'AWS::Logs::LogGroup'],
  attributes: {
    retentionDays: a.int('Days events are kept', { default: null, defaultNote: 'Events are kept forever unless a retention is set' }),
    kmsKeyId: a.string('KMS key encrypting the group'),
    storedBytes: a.int('Bytes stored'),
    metricFilters: a.list(
      a.object(
        {
          name: a.string('Filter name'),
          pattern: a.string('Filter pattern'),
          metricName: a.string('Metric the filter publishes'),
          metricNamespace: a.string('Namespace of that metric'),
        },
        'One metric filter',
      ),
      'Metric filters on the group',
      { default: [] },
    ),
  },
});

export const metricAlarm = defineResourceType({
  type: 'aws.cloudwatch.alarm',
  provider: 'aws',
  service: 'cloudwatch',
  description: 'A CloudWatch metric alarm and where it notifies.',
  aliases: ['aws_cloudwatch_metric_alarm', 'AWS::CloudWatch::Alarm'],
  attributes: {
    metricName: a.string('Metric watched'),
    namespace: a.string('Namespace of the metric'),
    actionsEnabled: a.bool('Actions run when the state changes', { default: true }),
    alarmActions: a.list(a.string('action ARN (SNS topic, ...)'), 'Actions on ALARM', { default: [] }),
    stateValue: a.string('OK, ALARM or INSUFFICIENT_DATA'),
  },
});
