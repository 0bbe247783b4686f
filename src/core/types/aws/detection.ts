import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const guarddutyRegion = defineResourceType({
  type: 'aws.guardduty.region',
  provider: 'aws',
  service: 'guardduty',
  description: 'Amazon GuardDuty in one region of an account: its detector and whether it is enabled.',
  aliases: ['aws_guardduty_detector', 'AWS::GuardDuty::Detector', 'guardduty_detector'],
  attributes: {
    detectors: a.list(
      a.object(
        {
          id: a.string('Detector id'),
          status: a.enum(['ENABLED', 'DISABLED'] as const, 'Detector status', { default: 'ENABLED', defaultNote: 'A new detector is enabled unless created disabled' }),
          findingPublishingFrequency: a.string('FIFTEEN_MINUTES, ONE_HOUR or SIX_HOURS'),
        },
        'One GuardDuty detector',
      ),
      'Detectors in the region (at most one per account and region)',
      { default: [], defaultNote: 'GuardDuty is off in a region until a detector is created' },
    ),
  },
});

export const securityhubRegion = defineResourceType({
  type: 'aws.securityhub.region',
  provider: 'aws',
  service: 'securityhub',
  description: 'AWS Security Hub in one region of an account: whether the account is subscribed and which standards are on.',
  aliases: ['aws_securityhub_account', 'AWS::SecurityHub::Hub', 'securityhub_hub'],
  attributes: {
    enabled: a.bool('Security Hub is enabled (DescribeHub succeeds)', { default: false, defaultNote: 'Security Hub is off until enabled per region' }),
    hubArn: a.string('ARN of the hub'),
    enabledStandards: a.list(a.string('standards subscription ARN'), 'Standards enabled on the hub', { default: [] }),
  },
});

export const accessAnalyzerRegion = defineResourceType({
  type: 'aws.accessanalyzer.region',
  provider: 'aws',
  service: 'accessanalyzer',
  description: 'IAM Access Analyzer in one region of an account: its analyzers and their status.',
  aliases: ['aws_accessanalyzer_analyzer', 'AWS::AccessAnalyzer::Analyzer', 'accessanalyzer_analyzer'],
  attributes: {
    analyzers: a.list(
      a.object(
        {
          name: a.string('Analyzer name'),
          type: a.string('ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS, ...'),
          status: a.enum(['ACTIVE', 'CREATING', 'DISABLED', 'FAILED'] as const, 'Analyzer status', { default: 'ACTIVE', defaultNote: 'A created analyzer becomes active' }),
        },
        'One analyzer',
      ),
      'Analyzers in the region',
      { default: [], defaultNote: 'No analyzer exists until one is created' },
    ),
  },
});

export const configAggregator = defineResourceType({
  type: 'aws.config.aggregator',
  provider: 'aws',
  service: 'config',
  description: 'An AWS Config configuration aggregator and the accounts and regions it gathers.',
  aliases: ['aws_config_configuration_aggregator', 'AWS::Config::ConfigurationAggregator'],
  attributes: {
    accountSources: a.list(
      a.object(
        {
          accountIds: a.list(a.string('account id'), 'Source accounts'),
          allRegions: a.bool('Gathers every current and future region', { default: false }),
          regions: a.list(a.string('region'), 'Source regions when not all'),
        },
        'One account aggregation source',
      ),
      'Account aggregation sources',
      { default: [] },
    ),
    organizationSource: a.object(
      {
        allRegions: a.bool('Gathers every current and future region', { default: false }),
        regions: a.list(a.string('region'), 'Source regions when not all'),
        roleArn: a.string('Role used to read the organisation'),
      },
      'Organisation aggregation source',
      { default: null, defaultNote: 'No organisation source unless configured' },
    ),
  },
});
