import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-flow-logs-enabled',
    title: 'VPC flow logs capture rejected traffic in every VPC',
    severity: 'medium',
    provider: 'aws',
    service: 'vpc',
    resourceTypes: ['aws.ec2.vpc'],
    description:
      'Checks that the VPC has at least one flow log capturing REJECT or ALL traffic that is not known to be failing. A flow log ' +
      'that records only accepted traffic misses the blocked connection attempts CIS asks to see.',
    risk: 'Without flow logs there is no record of which addresses talked to which instances: scans, blocked intrusion attempts and data exfiltration over the network cannot be seen or investigated.',
    remediation: {
      text: 'Create a flow log for the VPC with traffic type REJECT or ALL, delivered to CloudWatch Logs or S3.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET',
      terraform: 'resource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
      cloudformation: 'FlowLog:\n  Type: AWS::EC2::FlowLog\n  Properties:\n    ResourceId: !Ref Vpc\n    ResourceType: VPC\n    TrafficType: ALL\n    LogDestinationType: s3\n    LogDestination: !GetAtt FlowLogBucket.Arn',
      console: 'VPC > Your VPCs > VPC > Flow logs > Create flow log > Filter: All (or Reject) > destination > Create flow log',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const logs = ctx.list('flowLogs');
    if (!logs.length) return ctx.fail('The VPC has no flow log', 'flowLogs');
    const good = logs.findIndex((l, i) => {
      if (!isJsonObject(l)) return false;
      const type = ctx.string(`flowLogs.${i}.trafficType`) ?? 'ALL';
      const status = ctx.string(`flowLogs.${i}.status`);
      return (type === 'ALL' || type === 'REJECT') && (status === undefined || status === 'ACTIVE');
    });
    if (good >= 0) return ctx.pass(`Flow log ${ctx.string(`flowLogs.${good}.id`) ?? good} captures rejected traffic`, `flowLogs.${good}`);
    return ctx.fail(`None of the ${logs.length} flow log(s) is an active log of REJECT or ALL traffic`, 'flowLogs');
  },
});
