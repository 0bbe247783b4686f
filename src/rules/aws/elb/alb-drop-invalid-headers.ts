import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elb-alb-drop-invalid-headers',
    title: 'Application Load Balancers drop invalid HTTP header fields',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elbv2.load-balancer'],
    description:
      'Checks that the Application Load Balancer removes HTTP headers whose names are not valid before passing requests to its targets.',
    risk:
      'Forwarding malformed headers lets attackers smuggle requests or confuse the parsing of back-end servers that handle such headers differently from the load balancer (HTTP desync).',
    remediation: {
      text: 'Turn on the routing.http.drop_invalid_header_fields.enabled attribute, after checking that no client relies on headers with invalid names.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  drop_invalid_header_fields = true\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancingV2::LoadBalancer\nProperties:\n  LoadBalancerAttributes:\n    - Key: routing.http.drop_invalid_header_fields.enabled\n      Value: "true"',
      console: 'EC2 > Load Balancers > load balancer > Attributes > Edit > Drop invalid header fields: On > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const type = ctx.string('type');
    if (type !== 'application') return ctx.notApplicable(`This setting exists for Application Load Balancers only, not for ${type} load balancers`);
    if (ctx.bool('dropInvalidHeaderFields')) return ctx.pass('Invalid header fields are dropped', 'dropInvalidHeaderFields');
    return ctx.fail('Invalid header fields are passed on to the targets', 'dropInvalidHeaderFields');
  },
});
