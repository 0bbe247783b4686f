import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const elbv2LoadBalancer = defineResourceType({
  type: 'aws.elbv2.load-balancer',
  provider: 'aws',
  service: 'elbv2',
  description: 'An Application, Network or Gateway Load Balancer with its attributes.',
  aliases: ['aws_lb', 'aws_alb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'elbv2_load_balancer'],
  attributes: {
    type: a.enum(['application', 'network', 'gateway'] as const, 'Load balancer type', { default: 'application' }),
    scheme: a.enum(['internet-facing', 'internal'] as const, 'Scheme', { default: 'internet-facing' }),
    dropInvalidHeaderFields: a.bool('routing.http.drop_invalid_header_fields.enabled (Application Load Balancers)', {
      default: false,
      defaultNote: 'Application Load Balancers forward requests with invalid header names unless told to drop them',
    }),
    deletionProtection: a.bool('deletion_protection.enabled', { default: false }),
    accessLogsEnabled: a.bool('access_logs.s3.enabled', { default: false }),
    accessLogsBucket: a.string('access_logs.s3.bucket'),
  },
});

export const elbv2Listener = defineResourceType({
  type: 'aws.elbv2.listener',
  provider: 'aws',
  service: 'elbv2',
  description: 'A listener of an Application or Network Load Balancer.',
  aliases: ['aws_lb_listener', 'aws_alb_listener', 'AWS::ElasticLoadBalancingV2::Listener', 'elbv2_listener'],
  attributes: {
    loadBalancerArn: a.string('Load balancer the listener belongs to'),
    port: a.int('Listening port'),
    protocol: a.enum(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP', 'GENEVE'] as const, 'Protocol between clients and the load balancer'),
    sslPolicy: a.string('Security policy negotiating TLS (HTTPS and TLS listeners)'),
    defaultActions: a.list(
      a.object(
        {
          type: a.string('forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito'),
          redirectProtocol: a.string('Protocol of a redirect action (HTTPS, HTTP or #{protocol})'),
        },
        'Action',
      ),
      'Default actions',
      { default: [] },
    ),
  },
});

export const elbClassicLoadBalancer = defineResourceType({
  type: 'aws.elb.load-balancer',
  provider: 'aws',
  service: 'elb',
  description: 'A Classic Load Balancer.',
  aliases: ['aws_elb', 'AWS::ElasticLoadBalancing::LoadBalancer', 'elb_load_balancer'],
  attributes: {
    scheme: a.enum(['internet-facing', 'internal'] as const, 'Scheme', { default: 'internet-facing' }),
    listeners: a.list(
      a.object(
        {
          protocol: a.enum(['HTTP', 'HTTPS', 'TCP', 'SSL'] as const, 'Protocol between clients and the load balancer'),
          loadBalancerPort: a.int('Listening port'),
          instanceProtocol: a.string('Protocol towards the instances'),
          sslCertificateId: a.string('Certificate of HTTPS and SSL listeners'),
        },
        'Listener',
      ),
      'Listeners',
      { default: [] },
    ),
    accessLogsEnabled: a.bool('Access logging to S3 is on', { default: false }),
  },
});
