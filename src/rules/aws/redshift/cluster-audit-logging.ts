import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-cluster-audit-logging',
    title: 'Redshift clusters have audit logging enabled',
    severity: 'medium',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    description:
      'Checks that database audit logging (connection, user and user activity logs) is turned on and delivered to S3 or CloudWatch Logs.',
    risk:
      'Without audit logs there is no record of who connected to the warehouse and what they ran, so data theft or misuse cannot be traced.',
    remediation: {
      text: 'Enable audit logging to CloudWatch Logs or an S3 bucket, and set enable_user_activity_logging in the parameter group to log each query.',
      cli: 'aws redshift enable-logging --cluster-identifier CLUSTER --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
      terraform: 'resource "aws_redshift_logging" "this" {\n  cluster_identifier   = aws_redshift_cluster.this.id\n  log_destination_type = "cloudwatch"\n  log_exports          = ["connectionlog", "userlog", "useractivitylog"]\n}',
      cloudformation: 'Type: AWS::Redshift::Cluster\nProperties:\n  LoggingProperties:\n    LogDestinationType: cloudwatch\n    LogExports: [connectionlog, userlog, useractivitylog]',
      console: 'Redshift > Clusters > cluster > Properties > Database configurations > Edit audit logging > Turn on',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('loggingEnabled')) return ctx.pass('Audit logging is on', 'loggingEnabled');
    return ctx.fail('Audit logging is off', 'loggingEnabled');
  },
});
