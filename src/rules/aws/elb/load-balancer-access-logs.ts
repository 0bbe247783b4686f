import { defineRule } from '../../../core/index.js';
import { detailString } from '../detail.js';

export default defineRule({
  meta: {
    id: 'aws-elb-load-balancer-access-logs',
    title: 'Load balancers write access logs',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elbv2.load-balancer'],
    description:
      'Checks that access logging to S3 is on for Application and Network Load Balancers, recording each request or TLS connection with its client address, latency and result. Gateway Load Balancers have no access logs.',
    risk:
      'Without access logs there is no record of who sent which requests, which leaves attacks, scraping and errors behind the load balancer impossible to investigate after the fact.',
    remediation: {
      text: 'Turn on access logs to an S3 bucket in the same Region whose policy lets the Elastic Load Balancing log delivery write to it.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancingV2::LoadBalancer\nProperties:\n  LoadBalancerAttributes:\n    - Key: access_logs.s3.enabled\n      Value: "true"\n    - Key: access_logs.s3.bucket\n      Value: !Ref LogBucket',
      console: 'EC2 > Load Balancers > load balancer > Attributes > Edit > Monitoring > Access logs: On > choose the S3 location > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const type = ctx.string('type');
    if (type === 'gateway') return ctx.notApplicable('Gateway Load Balancers do not produce access logs');
    const d = detailString(ctx, 'accessLogsBucket');
    const about = d ? ` (${d})` : '';
    if (ctx.bool('accessLogsEnabled')) return ctx.pass(`Access logs are written to S3${about}`, 'accessLogsEnabled');
    return ctx.fail(`Access logs are off${about}`, 'accessLogsEnabled');
  },
});
