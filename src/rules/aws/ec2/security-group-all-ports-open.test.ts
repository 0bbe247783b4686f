import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './security-group-all-ports-open.js';

const SG = 'aws.ec2.security-group';
const unresolved = (expression: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression, message: `could not resolve ${expression}` } });
const entry = (protocol: JsonValue, peer: JsonValue, fromPort?: JsonValue, toPort?: JsonValue): JsonValue => ({
  protocol,
  ...(fromPort === undefined ? {} : { fromPort }),
  ...(toPort === undefined ? {} : { toPort }),
  peerKind: typeof peer === 'string' && peer.includes(':') ? 'cidr-ipv6' : 'cidr-ipv4',
  peer,
});
const https = entry('tcp', '0.0.0.0/0', 443, 443);

testRule(rule, {
  fail: [
    { name: 'all traffic from 0.0.0.0/0', resource: liveResource(SG, 'all4', { ingress: [https, entry('-1', '0.0.0.0/0')] }), message: 'ingress.1 allows all traffic from 0.0.0.0/0' },
    { name: 'all traffic from ::/0', resource: liveResource(SG, 'all6', { ingress: [entry('-1', '::/0', -1, -1)] }), message: 'all traffic from ::/0' },
    { name: 'Terraform spelling "all"', resource: iacResource(SG, 'tf-all', { ingress: [entry('all', '0.0.0.0/0', 0, 0)] }) },
    { name: 'every TCP port', resource: liveResource(SG, 'tcp-all', { ingress: [entry('tcp', '0.0.0.0/0', 0, 65535)] }), message: 'every TCP port' },
    {
      name: 'an unknown entry does not hide an open one',
      resource: iacResource(SG, 'tf-mixed', { ingress: [unresolved('local.extra'), entry('-1', '0.0.0.0/0')] }, {
        location: { file: 'sg.tf', line: 1 },
        attributeLines: { 'ingress.1': { file: 'sg.tf', line: 14 } },
      }),
      line: 14,
    },
  ],
  pass: [
    { name: 'only HTTPS from anywhere', resource: liveResource(SG, 'web', { ingress: [https] }), message: 'None of the 1' },
    { name: 'all traffic from inside the VPC', resource: liveResource(SG, 'internal', { ingress: [entry('-1', '10.0.0.0/16')] }) },
    { name: 'all traffic from a peer group', resource: liveResource(SG, 'peer', { ingress: [{ protocol: '-1', peerKind: 'security-group', peer: 'sg-0peer' }] }) },
    { name: 'a wide but not full TCP range', resource: liveResource(SG, 'wide', { ingress: [entry('tcp', '0.0.0.0/0', 1024, 65535)] }) },
    { name: 'ICMP from anywhere', resource: liveResource(SG, 'icmp', { ingress: [entry('icmp', '0.0.0.0/0', -1, -1)] }) },
    { name: 'an unknown peer on an HTTPS-only entry', resource: iacResource(SG, 'tf-https-var', { ingress: [entry('tcp', unresolved('var.cidr'), 443, 443)] }) },
  ],
  unknown: [
    { name: 'DescribeSecurityGroups denied', resource: liveResource(SG, 'denied', { ingress: unknownAttr('ec2:DescribeSecurityGroups', 'UnauthorizedOperation') }), cause: 'ec2:DescribeSecurityGroups' },
    { name: 'live group where ingress was never collected', resource: liveResource(SG, 'gap', {}), cause: 'not collected' },
    { name: 'all traffic from an unresolved CIDR', resource: iacResource(SG, 'tf-var', { ingress: [entry('-1', unresolved('var.cidr'))] }), cause: 'var.cidr' },
    { name: 'protocol from an unresolved variable, open peer', resource: iacResource(SG, 'tf-proto', { ingress: [entry(unresolved('var.protocol'), '0.0.0.0/0', 0, 0)] }), cause: 'var.protocol' },
    { name: 'ingress list from a variable', resource: iacResource(SG, 'tf-list', { ingress: unresolvedAttr('var.rules') }), cause: 'var.rules' },
  ],
});
