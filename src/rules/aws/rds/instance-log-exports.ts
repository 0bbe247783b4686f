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
    id: 'aws-rds-instance-log-exports',
    title: 'RDS instances export database logs to CloudWatch Logs',
    severity: 'medium',
    provider: 'aws',
    service: 'rds',
    resourceTypes: ['aws.rds.db-instance'],
    description:
      "Checks that standalone database instances publish at least one of the engine's meaningful logs (error, audit, general or slow query logs, the PostgreSQL log, and so on) to CloudWatch Logs, where they are kept, searchable and alarmable. Instances of a DB cluster are judged through their cluster.",
    risk:
      'Logs kept only on the instance rotate away within days and vanish with it, so failed logins, privilege changes and suspicious queries leave no lasting trace.',
    remediation: {
      text: 'Enable the log exports that suit the engine (for MySQL also turn the logs on in the parameter group) and set a retention period on the resulting log groups.',
      cli: "aws rds modify-db-instance --db-instance-identifier DB_ID --cloudwatch-logs-export-configuration '{\"EnableLogTypes\":[\"postgresql\"]}' --apply-immediately",
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  EnableCloudwatchLogsExports:\n    - postgresql',
      console: 'RDS > Databases > instance > Modify > Log exports > select the log types > Continue',
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const KIND = 'instance';
    if (detailString(ctx, 'clusterIdentifier')) return ctx.notApplicable('The instance belongs to a DB cluster, whose log exports apply: see aws-rds-cluster-log-exports');
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
