import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elb-listener-https',
    title: 'Load balancer HTTP listeners only redirect to HTTPS',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elbv2.listener'],
    description:
      'Checks that listeners accepting plain HTTP do nothing but redirect the client to HTTPS. Any other default action (forward, fixed response, authentication) serves traffic unencrypted.',
    risk:
      'Requests, cookies and session tokens sent over plain HTTP can be read and modified by anyone on the network path, and browsers give users no warning.',
    remediation: {
      text: "Serve the application on an HTTPS listener with an ACM certificate, and change the HTTP listener's default action to a permanent redirect to HTTPS.",
      cli: "aws elbv2 modify-listener --listener-arn LISTENER_ARN --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
      terraform: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      protocol    = "HTTPS"\n      port        = "443"\n      status_code = "HTTP_301"\n    }\n  }\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancingV2::Listener\nProperties:\n  LoadBalancerArn: !Ref LoadBalancer\n  Port: 80\n  Protocol: HTTP\n  DefaultActions:\n    - Type: redirect\n      RedirectConfig:\n        Protocol: HTTPS\n        Port: "443"\n        StatusCode: HTTP_301',
      console: 'EC2 > Load Balancers > load balancer > Listeners > HTTP listener > Edit > Default action: Redirect to URL > HTTPS 443 > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html', 'https://repost.aws/knowledge-center/elb-redirect-http-to-https-using-alb'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const protocol = ctx.string('protocol');
    if (protocol !== 'HTTP') return ctx.notApplicable(`The listener uses ${protocol ?? 'no named protocol'}, not plain HTTP`);
    const actions = ctx.list('defaultActions');
    const onlyRedirects =
      actions.length > 0 &&
      actions.every((a) => typeof a === 'object' && a !== null && !Array.isArray(a) && a.type === 'redirect' && a.redirectProtocol === 'HTTPS');
    if (onlyRedirects) return ctx.pass('The HTTP listener only redirects clients to HTTPS', 'defaultActions');
    return ctx.fail('The listener serves plain HTTP instead of redirecting to HTTPS', 'protocol');
  },
});
