import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elb-load-balancer-deletion-protection',
    title: 'Load balancers have deletion protection enabled',
    severity: 'low',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elbv2.load-balancer'],
    description:
      'Checks that deletion protection is on for the Application, Network or Gateway Load Balancer.',
    risk:
      'Deleting a load balancer by mistake takes the application offline at once and loses its DNS name, which clients and records may point at directly.',
    remediation: {
      text: 'Turn on the deletion_protection.enabled attribute for load balancers that serve production traffic.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=deletion_protection.enabled,Value=true',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  enable_deletion_protection = true\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancingV2::LoadBalancer\nProperties:\n  LoadBalancerAttributes:\n    - Key: deletion_protection.enabled\n      Value: "true"',
      console: 'EC2 > Load Balancers > load balancer > Attributes > Edit > Deletion protection: On > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('deletionProtection')) return ctx.pass('Deletion protection is on', 'deletionProtection');
    return ctx.fail('Deletion protection is off', 'deletionProtection');
  },
});
