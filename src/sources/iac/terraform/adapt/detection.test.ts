import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  return { ...r, by: (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource };
}

describe('Terraform detection and Config adapters', () => {
  const { by } = scan(`
resource "aws_guardduty_detector" "off" { enable = false }
resource "aws_guardduty_detector" "on" {}
resource "aws_securityhub_account" "this" {}
resource "aws_accessanalyzer_analyzer" "this" { analyzer_name = "acct" }
resource "aws_config_configuration_recorder" "rec" {
  name     = "default"
  role_arn = "arn:aws:iam::123456789012:role/config"
}
resource "aws_config_configuration_recorder_status" "rec" {
  name       = aws_config_configuration_recorder.rec.name
  is_enabled = true
}
resource "aws_config_configuration_recorder" "stopped" {
  name = "stopped"
  recording_group {
    all_supported = false
  }
}
resource "aws_config_configuration_aggregator" "agg" {
  name = "agg"
  account_aggregation_source {
    account_ids = ["123456789012"]
    regions     = ["us-west-2"]
  }
}
`);
  it('models GuardDuty, Security Hub and Access Analyzer per region', () => {
    expect(by('aws_guardduty_detector.off').attributes.detectors).toEqual({ state: 'known', value: [{ status: 'DISABLED' }] });
    expect(by('aws_guardduty_detector.on').attributes.detectors).toEqual({ state: 'known', value: [{}] });
    expect(by('aws_securityhub_account.this').attributes.enabled).toEqual({ state: 'known', value: true });
    expect(by('aws_accessanalyzer_analyzer.this').attributes.analyzers).toEqual({ state: 'known', value: [{ name: 'acct', type: 'ACCOUNT' }] });
  });
  it('starts a recorder only with an enabled recorder status, and reads aggregator sources', () => {
    expect(by('aws_config_configuration_recorder.rec').attributes.recorders).toEqual({
      state: 'known',
      value: [{ name: 'default', recording: true, allSupported: true, roleArn: 'arn:aws:iam::123456789012:role/config' }],
    });
    expect(by('aws_config_configuration_recorder.stopped').attributes.recorders).toEqual({ state: 'known', value: [{ name: 'stopped', recording: false, allSupported: false }] });
    expect(by('aws_config_configuration_aggregator.agg').attributes.accountSources).toEqual({ state: 'known', value: [{ accountIds: ['123456789012'], allRegions: false, regions: ['us-west-2'] }] });
  });
});
