import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { Inventory, builtinResourceTypes } from '../../../../core/index.js';
import { evaluate } from '../../../../engine/index.js';
import { builtinRules } from '../../../../rules/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  const by = (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource;
  return { ...r, by };
}

function run(resources: Resource[], ruleId: string) {
  return evaluate(new Inventory(resources), { rules: builtinRules(), types: builtinResourceTypes(), filter: { include: [ruleId] } }).findings;
}

const TF = `
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_kms_key" "trail" {}
resource "aws_sns_topic" "alerts" {}

resource "aws_s3_bucket" "logs" {
  bucket = "trail-logs"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root-usage"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root-usage"
  metric_name         = "RootUsage"
  namespace           = "Security"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
  alarm_actions       = [aws_sns_topic.alerts.arn]
}
`;

describe('Terraform CloudTrail and CloudWatch adapters', () => {
  it('models the trail with its settings, selectors and links to bucket and log group', () => {
    const { by, issues } = scan(TF);
    expect(issues.filter((i) => i.kind === 'parse-error')).toEqual([]);
    const trail = by('aws_cloudtrail.main');
    expect(trail.attributes.isMultiRegion).toEqual({ state: 'known', value: true });
    expect(trail.attributes.isLogging).toEqual({ state: 'known', value: true });
    expect(trail.attributes.kmsKeyId).toEqual({ state: 'known', value: '${aws_kms_key.trail.arn}' });
    expect(trail.attributes.managementEvents).toEqual({ state: 'known', value: 'All' });
    expect(trail.attributes.eventSelectors).toEqual({
      state: 'known',
      value: { eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }], advancedEventSelectors: null },
    });
    expect(trail.relationships?.map((r) => r.kind).sort()).toEqual(['delivers-to-log-group', 'logs-to']);
    const group = by('aws_cloudwatch_log_group.trail');
    expect(group.attributes.metricFilters).toEqual({ state: 'known', value: [expect.objectContaining({ name: 'root-usage', metricName: 'RootUsage', metricNamespace: 'Security' })] });
  });

  it('lets the monitoring rule follow trail → log group → filter → alarm', () => {
    const { resources } = scan(TF);
    expect(run(resources, 'aws-cloudwatch-root-usage-alarm').map((f) => f.status)).toEqual(['PASS']);
    expect(run(resources, 'aws-cloudwatch-vpc-changes-alarm').map((f) => f.status)).toEqual(['FAIL']);
    expect(run(resources, 'aws-cloudtrail-s3-data-events-write').map((f) => f.status)).toEqual(['PASS']);
    expect(run(resources, 'aws-cloudtrail-bucket-access-logging').map((f) => f.status)).toEqual(['FAIL']);
  });

  it('reads advanced selectors and defaults logging to on', () => {
    const { by } = scan(`
resource "aws_cloudtrail" "adv" {
  name           = "adv"
  s3_bucket_name = "elsewhere"
  enable_logging = false
  advanced_event_selector {
    name = "mgmt-write"
    field_selector {
      field  = "eventCategory"
      equals = ["Management"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}`);
    const t = by('aws_cloudtrail.adv');
    expect(t.attributes.isLogging).toEqual({ state: 'known', value: false });
    expect(t.attributes.managementEvents).toEqual({ state: 'known', value: 'WriteOnly' });
    expect(t.attributes.s3BucketName).toEqual({ state: 'known', value: 'elsewhere' });
  });
});
