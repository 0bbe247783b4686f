import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-config-aggregator-all-regions',
    title: 'AWS Config aggregators gather every region',
    severity: 'low',
    provider: 'aws',
    service: 'config',
    resourceTypes: ['aws.config.aggregator'],
    description:
      'Checks that each source of the configuration aggregator (account sources and the organisation source) covers all regions, ' +
      'including regions enabled later, rather than a fixed list.',
    risk: 'An aggregator limited to some regions gives a central view with blind spots: resources created in other regions, often the unexpected ones, never show up in it.',
    remediation: {
      text: 'Set AllAwsRegions on every aggregation source.',
      cli: 'aws configservice put-configuration-aggregator --configuration-aggregator-name NAME --organization-aggregation-source RoleArn=ROLE_ARN,AllAwsRegions=true',
      terraform: 'resource "aws_config_configuration_aggregator" "org" {\n  name = "org"\n  organization_aggregation_source {\n    role_arn    = aws_iam_role.aggregator.arn\n    all_regions = true\n  }\n}',
      cloudformation: 'Aggregator:\n  Type: AWS::Config::ConfigurationAggregator\n  Properties:\n    ConfigurationAggregatorName: org\n    OrganizationAggregationSource:\n      RoleArn: !GetAtt AggregatorRole.Arn\n      AllAwsRegions: true',
      console: 'AWS Config > Aggregators > aggregator > Edit > Regions: Add all current and future regions > Save changes',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const accounts = ctx.list('accountSources');
    const org = ctx.get('organizationSource');
    const partial: string[] = [];
    accounts.forEach((s, i) => {
      if (isJsonObject(s) && !ctx.bool(`accountSources.${i}.allRegions`)) partial.push(`account source ${i + 1}`);
    });
    if (isJsonObject(org) && !ctx.bool('organizationSource.allRegions')) partial.push('the organisation source');
    if (!accounts.length && !isJsonObject(org)) return ctx.fail('The aggregator has no source covering all regions', 'accountSources');
    if (partial.length) return ctx.fail(`Limited to a fixed list of regions: ${partial.join(', ')}`, isJsonObject(org) && partial.includes('the organisation source') ? 'organizationSource' : 'accountSources');
    return ctx.pass('Every aggregation source covers all regions', 'accountSources');
  },
});
