import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './security-group-cifs-open.js';

const SG = 'aws.ec2.security-group';
const rule4 = (protocol: string, fromPort: number, toPort: number, peer: JsonValue) => ({ protocol, fromPort, toPort, peerKind: typeof peer === 'string' && peer.includes(':') ? 'cidr-ipv6' : 'cidr-ipv4', peer });
const unresolved = (x: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression: x, message: `could not resolve ${x}` } });

testRule(rule, {
  fail: [
    { name: 'SMB open to the internet', resource: liveResource(SG, 'smb', { ingress: [rule4('tcp', 445, 445, '0.0.0.0/0')] }), message: 'SMB (445)' },
    { name: 'NetBIOS over UDP from ::/0', resource: liveResource(SG, 'nb', { ingress: [rule4('udp', 137, 138, '::/0')] }), message: 'NetBIOS name (137), NetBIOS datagram (138)' },
    { name: 'all protocols', resource: iacResource(SG, 'all', { ingress: [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] }) },
  ],
  pass: [
    { name: 'SMB from the office range', resource: liveResource(SG, 'office', { ingress: [rule4('tcp', 445, 445, '10.30.0.0/16')] }) },
    { name: 'HTTPS from anywhere', resource: liveResource(SG, 'web', { ingress: [rule4('tcp', 443, 443, '0.0.0.0/0')] }) },
    { name: 'SMB port over UDP is not SMB', resource: liveResource(SG, 'udp445', { ingress: [rule4('udp', 445, 445, '0.0.0.0/0')] }) },
  ],
  unknown: [
    { name: 'rules not readable', resource: liveResource(SG, 'denied', { ingress: unknownAttr('ec2:DescribeSecurityGroups') }), cause: 'ec2:DescribeSecurityGroups' },
    { name: 'SMB from an unresolved CIDR', resource: iacResource(SG, 'var', { ingress: [rule4('tcp', 445, 445, unresolved('var.cidr'))] }), cause: 'var.cidr' },
  ],
});
