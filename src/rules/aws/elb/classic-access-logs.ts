import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elb-classic-access-logs',
    title: 'Classic Load Balancers write access logs',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elb.load-balancer'],
    description:
      'Checks that access logging to S3 is enabled for the Classic Load Balancer.',
    risk:
      'Without access logs there is no record of the clients, requests and responses that passed through the load balancer, so attacks and abuse cannot be investigated.',
    remediation: {
      text: 'Enable access logs to an S3 bucket whose policy allows the Elastic Load Balancing log delivery for the Region.',
      cli: "aws elb modify-load-balancer-attributes --load-balancer-name LB --load-balancer-attributes '{\"AccessLog\":{\"Enabled\":true,\"S3BucketName\":\"LOG_BUCKET\",\"EmitInterval\":60}}'",
      terraform: 'resource "aws_elb" "this" {\n  # ...\n  access_logs {\n    bucket   = aws_s3_bucket.lb_logs.id\n    interval = 60\n  }\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancing::LoadBalancer\nProperties:\n  AccessLoggingPolicy:\n    Enabled: true\n    S3BucketName: !Ref LogBucket\n    EmitInterval: 60',
      console: 'EC2 > Load Balancers > load balancer > Attributes > Edit > Access logs: Enable > choose the bucket > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('accessLogsEnabled')) return ctx.pass('Access logs are written to S3', 'accessLogsEnabled');
    return ctx.fail('Access logs are off', 'accessLogsEnabled');
  },
});
