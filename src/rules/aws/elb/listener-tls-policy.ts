import { defineRule } from '../../../core/index.js';

/** Security policies that still accept TLS 1.0 or 1.1 (or SSL), by name. */
function allowsOldTls(policy: string): boolean {
  if (/TLS13|TLS-1-2|FS-1-2/.test(policy)) return false;
  return true;
}

export default defineRule({
  meta: {
    id: 'aws-elb-listener-tls-policy',
    title: 'HTTPS and TLS listeners refuse TLS versions older than 1.2',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elbv2.listener'],
    description:
      'Checks that the security policy of HTTPS (Application Load Balancer) and TLS (Network Load Balancer) listeners only negotiates TLS 1.2 or 1.3. Older predefined policies, including the default ELBSecurityPolicy-2016-08, also accept TLS 1.0 and 1.1.',
    risk:
      'TLS 1.0 and 1.1 have known weaknesses and weak cipher suites; clients that can be pushed down to them lose the confidentiality HTTPS is meant to provide, and PCI DSS forbids them.',
    remediation: {
      text: 'Choose a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06 (the console default), after checking that no client still needs TLS 1.0 or 1.1.',
      cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
      terraform: 'resource "aws_lb_listener" "https" {\n  # ...\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancingV2::Listener\nProperties:\n  Protocol: HTTPS\n  SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06',
      console: 'EC2 > Load Balancers > load balancer > Listeners > HTTPS listener > Edit > Security policy: ELBSecurityPolicy-TLS13-1-2-2021-06 > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const protocol = ctx.string('protocol');
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return ctx.notApplicable(`The listener uses ${protocol ?? 'no named protocol'} and negotiates no TLS`);
    const policy = ctx.string('sslPolicy') ?? 'ELBSecurityPolicy-2016-08';
    if (allowsOldTls(policy)) return ctx.fail(`Security policy ${policy} still accepts TLS versions older than 1.2`, 'sslPolicy');
    return ctx.pass(`Security policy ${policy} requires TLS 1.2 or later`, 'sslPolicy');
  },
});
