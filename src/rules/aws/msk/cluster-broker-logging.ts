import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-msk-cluster-broker-logging',
    title: 'MSK clusters deliver broker logs',
    severity: 'medium',
    provider: 'aws',
    service: 'msk',
    resourceTypes: ['aws.msk.cluster'],
    description:
      'Checks that the Kafka brokers deliver their logs to at least one destination: CloudWatch Logs, Firehose or S3.',
    risk:
      'Without broker logs, authentication failures, authorisation denials and broker errors are lost, leaving misuse of the cluster and outages without a trail.',
    remediation: {
      text: 'Turn on broker log delivery to CloudWatch Logs, S3 or Firehose and keep the logs for the retention your investigations need.',
      cli: "aws kafka update-monitoring --cluster-arn CLUSTER_ARN --current-version VERSION --logging-info '{\"BrokerLogs\":{\"CloudWatchLogs\":{\"Enabled\":true,\"LogGroup\":\"/msk/brokers\"}}}'",
      terraform: 'resource "aws_msk_cluster" "this" {\n  # ...\n  logging_info {\n    broker_logs {\n      cloudwatch_logs {\n        enabled   = true\n        log_group = aws_cloudwatch_log_group.msk.name\n      }\n    }\n  }\n}',
      cloudformation: 'Type: AWS::MSK::Cluster\nProperties:\n  LoggingInfo:\n    BrokerLogs:\n      CloudWatchLogs:\n        Enabled: true\n        LogGroup: !Ref BrokerLogs',
      console: 'MSK > Clusters > cluster > Properties > Monitoring > Edit > Broker log delivery > choose a destination > Save changes',
    },
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const on = (['cloudWatchLogs', 'firehose', 's3'] as const).filter((d) => ctx.bool(`brokerLogs.${d}`));
    if (on.length) return ctx.pass(`Broker logs go to ${on.join(', ')}`, 'brokerLogs');
    return ctx.fail('Broker logs are not delivered anywhere', 'brokerLogs');
  },
});
