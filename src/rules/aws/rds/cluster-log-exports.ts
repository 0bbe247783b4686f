import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

/** Log types worth exporting per engine family; an engine not listed passes with any export. */
const USEFUL_LOGS: [RegExp, string[]][] = [
  [/^docdb/, ['audit', 'profiler']],
  [/^neptune/, ['audit', 'slowquery']],
  [/postgres/, ['postgresql']],
  [/mysql|mariadb/, ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error']],
  [/^oracle/, ['alert', 'audit', 'listener', 'trace', 'oemagent']],
  [/^sqlserver/, ['agent', 'error']],
  [/^db2/, ['diag.log', 'notify.log']],
];

function usefulFor(engine: string | undefined): string[] | undefined {
  return engine ? USEFUL_LOGS.find(([re]) => re.test(engine))?.[1] : undefined;
}

export default defineRule({
  meta: {
    id: 'aws-rds-cluster-log-exports',
    title: 'RDS, DocumentDB and Neptune clusters export logs to CloudWatch Logs',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.cluster'],
    description:
      "Checks that the DB cluster publishes at least one of its engine's meaningful logs (the audit log for DocumentDB and Neptune, audit, error or slow query logs for Aurora MySQL, the PostgreSQL log for Aurora PostgreSQL) to CloudWatch Logs.",
    risk:
      'Without exported logs there is no durable record of who connected and what they ran, and problems cannot be alarmed on or investigated afterwards.',
    remediation: {
      text: 'Enable the log exports that suit the engine; for DocumentDB and Neptune also turn on audit logging in the cluster parameter group.',
      cli: "aws rds modify-db-cluster --db-cluster-identifier CLUSTER --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"audit\"]}' --apply-immediately",
      terraform: 'resource "aws_docdb_cluster" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["audit", "profiler"]\n}',
      cloudformation: 'Type: AWS::DocDB::DBCluster\nProperties:\n  EnableCloudwatchLogsExports:\n    - audit\n    - profiler',
      console: 'RDS (or DocumentDB, Neptune) > Clusters > cluster > Modify > Log exports > select the log types > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/publishing_cloudwatchlogs.html', 'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html', 'https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const KIND = 'cluster';
    const exported = ctx.list('enabledCloudwatchLogsExports').filter((x): x is string => typeof x === 'string');
    const engine = detailString(ctx, 'engine');
    const useful = usefulFor(engine);
    const hits = useful ? exported.filter((x) => useful.includes(x)) : exported;
    if (hits.length === 0) {
      const what = exported.length ? `only ${exported.join(', ')}, none of the useful log types` : 'no logs';
      return ctx.fail(`The ${KIND} exports ${what} to CloudWatch Logs${useful ? ` (for ${engine}: ${useful.join(', ')})` : ''}`, 'enabledCloudwatchLogsExports');
    }
    return ctx.pass(`The ${KIND} exports ${hits.join(', ')} logs to CloudWatch Logs`, 'enabledCloudwatchLogsExports');
  },
});
