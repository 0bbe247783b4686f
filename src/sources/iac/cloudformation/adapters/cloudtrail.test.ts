import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { Inventory, builtinResourceTypes } from '../../../../core/index.js';
import { evaluate } from '../../../../engine/index.js';
import { builtinRules } from '../../../../rules/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      TrailName: main
      IsLogging: true
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
      KMSKeyId: alias/trail
      S3BucketName: !Ref LogBucket
      CloudWatchLogsLogGroupArn: !GetAtt TrailGroup.Arn
      EventSelectors:
        - ReadWriteType: WriteOnly
          IncludeManagementEvents: true
  LogBucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: access-logs
  TrailGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: cloudtrail
      KmsKeyId: ""
  TrailChanges:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailGroup
      FilterPattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
      MetricTransformations:
        - MetricName: TrailChanges
          MetricNamespace: Security
          MetricValue: '1'
  TrailChangesAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: TrailChanges
      Namespace: Security
      ComparisonOperator: GreaterThanOrEqualToThreshold
      EvaluationPeriods: 1
      Threshold: 1
      AlarmActions: [arn:aws:sns:us-east-1:123456789012:alerts]
`;

function scan() {
  const r = scanCloudFormation([{ path: 'trail.yaml', content: TEMPLATE }]);
  return { ...r, by: (id: string) => r.resources.find((x) => x.provenance.address === id) as Resource };
}

describe('CloudFormation CloudTrail and CloudWatch adapters', () => {
  it('models the trail, its links, the log group with its metric filter and the alarm', () => {
    const { by, issues } = scan();
    expect(issues).toEqual([]);
    const trail = by('Trail');
    expect(trail.attributes.isMultiRegion).toEqual({ state: 'known', value: true });
    expect(trail.attributes.kmsKeyId).toEqual({ state: 'known', value: 'alias/trail' });
    expect(trail.attributes.managementEvents).toEqual({ state: 'known', value: 'WriteOnly' });
    expect(trail.relationships?.map((r) => r.kind).sort()).toEqual(['delivers-to-log-group', 'logs-to']);
    const group = by('TrailGroup');
    expect(group.attributes.kmsKeyId).toBeUndefined();
    expect(group.attributes.metricFilters).toEqual({ state: 'known', value: [expect.objectContaining({ name: 'TrailChanges', metricName: 'TrailChanges', metricNamespace: 'Security' })] });
    expect(by('TrailChangesAlarm').attributes.alarmActions).toEqual({ state: 'known', value: ['arn:aws:sns:us-east-1:123456789012:alerts'] });
  });

  it('lets the rules follow the references', () => {
    const { resources } = scan();
    const run = (id: string) => evaluate(new Inventory(resources), { rules: builtinRules(), types: builtinResourceTypes(), filter: { include: [id] } }).findings.map((f) => f.status);
    expect(run('aws-cloudwatch-cloudtrail-changes-alarm')).toEqual(['PASS']);
    expect(run('aws-cloudwatch-root-usage-alarm')).toEqual(['FAIL']);
    expect(run('aws-cloudtrail-bucket-access-logging')).toEqual(['PASS']);
    expect(run('aws-cloudtrail-management-events')).toEqual(['FAIL']);
  });
});
