import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-audit-logs',
    title: 'OpenSearch domains publish audit logs',
    severity: 'medium',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      'Checks that the domain publishes its audit logs (AUDIT_LOGS) to CloudWatch Logs, recording authentication attempts and access to indices. Audit logs need fine-grained access control on the domain.',
    risk:
      'Without audit logs, failed logins, privilege changes and reads of sensitive indices leave no trace, so misuse of the domain cannot be detected or investigated.',
    remediation: {
      text: 'Enable fine-grained access control, give OpenSearch Service permission to write to a CloudWatch Logs group, and turn on audit log publishing.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --log-publishing-options AUDIT_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  log_publishing_options {\n    log_type                 = "AUDIT_LOGS"\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  LogPublishingOptions:\n    AUDIT_LOGS:\n      CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn\n      Enabled: true',
      console: 'OpenSearch Service > Domains > domain > Logs > Audit logs > Enable > choose the log group > Enable',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const audit = ctx.get('logPublishing.AUDIT_LOGS');
    if (audit !== undefined && audit !== null && ctx.bool('logPublishing.AUDIT_LOGS.enabled')) return ctx.pass('Audit logs are published to CloudWatch Logs', 'logPublishing.AUDIT_LOGS');
    return ctx.fail('Audit logs are not published', 'logPublishing');
  },
});
