import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `
Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Properties: { Enable: false }
  Hub:
    Type: AWS::SecurityHub::Hub
  Analyzer:
    Type: AWS::AccessAnalyzer::Analyzer
    Properties: { AnalyzerName: org, Type: ORGANIZATION }
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::123456789012:role/config
      RecordingGroup: { AllSupported: false, ResourceTypes: [AWS::S3::Bucket] }
  Aggregator:
    Type: AWS::Config::ConfigurationAggregator
    Properties:
      ConfigurationAggregatorName: org
      OrganizationAggregationSource: { RoleArn: arn:aws:iam::123456789012:role/agg, AllAwsRegions: true }
`;

describe('CloudFormation detection and Config adapters', () => {
  const r = scanCloudFormation([{ path: 'detect.yaml', content: TEMPLATE }]);
  const by = (id: string) => r.resources.find((x) => x.provenance.address === id) as Resource;
  it('models each service per region', () => {
    expect(r.issues).toEqual([]);
    expect(by('Detector').attributes.detectors).toEqual({ state: 'known', value: [{ status: 'DISABLED' }] });
    expect(by('Hub').attributes.enabled).toEqual({ state: 'known', value: true });
    expect(by('Analyzer').attributes.analyzers).toEqual({ state: 'known', value: [{ name: 'org', type: 'ORGANIZATION' }] });
    expect(by('Recorder').attributes.recorders).toEqual({ state: 'known', value: [{ name: 'default', recording: true, allSupported: false }] });
    expect(by('Aggregator').attributes.organizationSource).toEqual({ state: 'known', value: { allRegions: true } });
  });
});
