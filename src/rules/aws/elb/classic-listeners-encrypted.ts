import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-elb-classic-listeners-encrypted',
    title: 'Classic Load Balancers accept only HTTPS or SSL connections',
    severity: 'medium',
    provider: 'aws',
    service: 'elb',
    resourceTypes: ['aws.elb.load-balancer'],
    description:
      'Checks that every listener of the Classic Load Balancer uses HTTPS or SSL, so that clients connect over TLS. Plain HTTP and TCP listeners carry traffic unencrypted.',
    risk:
      'Requests, credentials and session cookies sent to an HTTP or TCP listener cross the network in clear text and can be read or changed on the way.',
    remediation: {
      text: 'Add HTTPS or SSL listeners with an ACM certificate and remove the plain ones (or migrate to an Application Load Balancer, which can redirect HTTP to HTTPS).',
      cli: 'aws elb create-load-balancer-listeners --load-balancer-name LB --listeners Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=CERT_ARN\naws elb delete-load-balancer-listeners --load-balancer-name LB --load-balancer-ports 80',
      terraform: 'resource "aws_elb" "this" {\n  # ...\n  listener {\n    lb_port            = 443\n    lb_protocol        = "https"\n    instance_port      = 8080\n    instance_protocol  = "http"\n    ssl_certificate_id = aws_acm_certificate.site.arn\n  }\n}',
      cloudformation: 'Type: AWS::ElasticLoadBalancing::LoadBalancer\nProperties:\n  Listeners:\n    - Protocol: HTTPS\n      LoadBalancerPort: "443"\n      InstanceProtocol: HTTP\n      InstancePort: "8080"\n      SSLCertificateId: !Ref Certificate',
      console: 'EC2 > Load Balancers > load balancer > Listeners > Edit > change HTTP/TCP listeners to HTTPS/SSL with a certificate > Save',
    },
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const listeners = ctx.list('listeners');
    if (listeners.length === 0) return ctx.notApplicable('The load balancer has no listeners');
    const plain: string[] = [];
    for (let i = 0; i < listeners.length; i++) {
      const protocol = ctx.string(`listeners.${i}.protocol`);
      if (protocol !== 'HTTPS' && protocol !== 'SSL') plain.push(`${protocol ?? '?'}:${ctx.number(`listeners.${i}.loadBalancerPort`) ?? '?'}`);
    }
    if (plain.length) return ctx.fail(`Listeners without TLS: ${plain.join(', ')}`, 'listeners');
    return ctx.pass('Every listener uses HTTPS or SSL', 'listeners');
  },
});
