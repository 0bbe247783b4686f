import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-accessanalyzer-enabled',
    title: 'IAM Access Analyzer has an active analyzer in every region',
    severity: 'low',
    provider: 'aws',
    service: 'accessanalyzer',
    resourceTypes: ['aws.accessanalyzer.region'],
    description:
      'Checks that the region has an active external-access analyzer (account or organisation zone of trust). Analyzers are ' +
      'regional: resources shared outside the account are only reported where an analyzer runs. Unused-access analyzers do not count.',
    risk: 'Without an analyzer, buckets, keys, roles, queues and snapshots that grant access to outside accounts or to everyone go unnoticed until someone uses that access.',
    remediation: {
      text: 'Create an analyzer with the account (or organisation) as zone of trust in every region, and review its findings.',
      cli: 'aws accessanalyzer create-analyzer --analyzer-name account-analyzer --type ACCOUNT --region REGION',
      terraform: 'resource "aws_accessanalyzer_analyzer" "this" {\n  analyzer_name = "account-analyzer"\n  type          = "ACCOUNT"\n}',
      cloudformation: 'Analyzer:\n  Type: AWS::AccessAnalyzer::Analyzer\n  Properties:\n    AnalyzerName: account-analyzer\n    Type: ACCOUNT',
      console: 'IAM > Access analyzer > Analyzer settings > Create analyzer > External access, zone of trust: current account > Create analyzer',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const analyzers = ctx.list('analyzers');
    const active = analyzers.findIndex((a, i) => {
      if (!isJsonObject(a)) return false;
      const type = ctx.string(`analyzers.${i}.type`) ?? 'ACCOUNT';
      const status = ctx.string(`analyzers.${i}.status`) ?? 'ACTIVE';
      return (type === 'ACCOUNT' || type === 'ORGANIZATION') && status === 'ACTIVE';
    });
    if (active >= 0) return ctx.pass(`Analyzer ${ctx.string(`analyzers.${active}.name`) ?? ''} watches external access in this region`.replace('  ', ' '), `analyzers.${active}`);
    if (!analyzers.length) return ctx.fail('No IAM Access Analyzer analyzer exists in this region', 'analyzers');
    return ctx.fail(`None of the ${analyzers.length} analyzer(s) is an active external-access analyzer`, 'analyzers');
  },
});
