import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './security-group-admin-ports-open.js';

const SG = 'aws.ec2.security-group';
const unresolved = (expression: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression, message: `could not resolve ${expression}` } });
const tcp = (fromPort: number, toPort: number, peer: JsonValue, extra: Record<string, JsonValue> = {}) => ({
  protocol: 'tcp',
  fromPort,
  toPort,
  peerKind: typeof peer === 'string' && peer.includes(':') ? 'cidr-ipv6' : 'cidr-ipv4',
  peer,
  ...extra,
});
const https = tcp(443, 443, '0.0.0.0/0');

testRule(rule, {
  fail: [
    { name: 'SSH open to 0.0.0.0/0', resource: liveResource(SG, 'ssh', { ingress: [https, tcp(22, 22, '0.0.0.0/0')] }), message: 'ingress.1 opens SSH (22) to 0.0.0.0/0' },
    { name: 'RDP open to ::/0', resource: liveResource(SG, 'rdp', { ingress: [tcp(3389, 3389, '::/0')] }), message: 'RDP (3389) to ::/0' },
    { name: 'RDP over UDP counts', resource: liveResource(SG, 'rdp-udp', { ingress: [{ ...tcp(3389, 3389, '0.0.0.0/0'), protocol: 'udp' }] }), message: 'RDP (3389)' },
    { name: 'a port range covering both names both', resource: liveResource(SG, 'range', { ingress: [tcp(0, 10000, '0.0.0.0/0')] }), message: 'SSH (22) and RDP (3389)' },
    { name: 'protocol -1 counts as all ports', resource: liveResource(SG, 'all', { ingress: [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] }), message: 'SSH (22) and RDP (3389)' },
    { name: 'protocol number 6 is TCP', resource: liveResource(SG, 'proto6', { ingress: [{ ...tcp(22, 22, '0.0.0.0/0'), protocol: '6' }] }), message: 'SSH (22)' },
    {
      name: 'an unknown entry does not hide a definite violation in another',
      resource: liveResource(SG, 'mixed', { ingress: [tcp(22, 22, unresolved('var.office_cidr')), tcp(3389, 3389, '0.0.0.0/0')] }),
      message: 'ingress.1 opens RDP',
    },
    {
      name: 'IaC finding points at the offending ingress block',
      resource: iacResource(SG, 'tf', { ingress: [https, tcp(22, 22, '0.0.0.0/0')] }, {
        location: { file: 'sg.tf', line: 1 },
        attributeLines: { ingress: { file: 'sg.tf', line: 3 }, 'ingress.0': { file: 'sg.tf', line: 3 }, 'ingress.1': { file: 'sg.tf', line: 10 } },
      }),
      line: 10,
    },
  ],
  pass: [
    { name: 'SSH only from a private range', resource: liveResource(SG, 'private', { ingress: [https, tcp(22, 22, '10.0.0.0/8')] }) },
    { name: 'SSH from another security group', resource: liveResource(SG, 'sg-peer', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peerKind: 'security-group', peer: 'sg-0bastion' }] }) },
    { name: 'a range that stops short of 22', resource: liveResource(SG, 'short', { ingress: [tcp(23, 3388, '0.0.0.0/0')] }) },
    { name: 'SSH over UDP is not SSH', resource: liveResource(SG, 'udp22', { ingress: [{ ...tcp(22, 22, '0.0.0.0/0'), protocol: 'udp' }] }) },
    { name: 'ICMP from anywhere', resource: liveResource(SG, 'icmp', { ingress: [{ protocol: 'icmp', fromPort: -1, toPort: -1, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] }) },
    { name: 'IaC group without ingress', resource: iacResource(SG, 'tf-empty', {}), message: 'None of the 0' },
    {
      name: 'an unknown peer on an HTTPS entry cannot reach SSH',
      resource: liveResource(SG, 'unknown-irrelevant', { ingress: [tcp(443, 443, unresolved('var.cidr'))] }),
    },
    {
      name: 'an unknown port on an entry from a private peer is irrelevant',
      resource: iacResource(SG, 'tf-private-var', { ingress: [{ protocol: 'tcp', fromPort: unresolved('var.port'), toPort: unresolved('var.port'), peerKind: 'cidr-ipv4', peer: '10.0.0.0/8' }] }),
    },
  ],
  unknown: [
    { name: 'DescribeSecurityGroups denied', resource: liveResource(SG, 'denied', { ingress: unknownAttr('ec2:DescribeSecurityGroups', 'UnauthorizedOperation') }), cause: 'ec2:DescribeSecurityGroups UnauthorizedOperation' },
    { name: 'live group where ingress was never collected', resource: liveResource(SG, 'gap', {}), cause: 'not collected' },
    {
      name: 'SSH from an unresolved CIDR',
      resource: iacResource(SG, 'tf-var', { ingress: [https, tcp(22, 22, unresolved('var.admin_cidr'))] }),
      cause: 'ingress.1.peer is unknown (could not resolve var.admin_cidr)',
    },
    {
      name: 'open peer with an unresolved port',
      resource: iacResource(SG, 'tf-port', { ingress: [{ protocol: 'tcp', fromPort: unresolved('var.port'), toPort: 22, peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] }),
      cause: 'var.port',
    },
    { name: 'whole entry unreadable', resource: iacResource(SG, 'tf-entry', { ingress: [https, unresolved('local.rules[1]')] }), cause: 'ingress.1 is unknown' },
    { name: 'whole ingress list from a variable', resource: iacResource(SG, 'tf-list', { ingress: unresolvedAttr('var.ingress') }), cause: 'var.ingress' },
  ],
});
