import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './security-group-data-ports-open.js';

const SG = 'aws.ec2.security-group';
const r = (protocol: string, fromPort: number, toPort: number, peer: JsonValue, peerKind?: string) => ({ protocol, fromPort, toPort, peerKind: peerKind ?? (typeof peer === 'string' && peer.includes(':') ? 'cidr-ipv6' : 'cidr-ipv4'), peer });
const unresolved = (x: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression: x, message: `could not resolve ${x}` } });

testRule(rule, {
  fail: [
    { name: 'PostgreSQL open to the internet', resource: liveResource(SG, 'pg', { ingress: [r('tcp', 5432, 5432, '0.0.0.0/0')] }), message: 'PostgreSQL (5432)' },
    { name: 'Redis over IPv6', resource: liveResource(SG, 'redis', { ingress: [r('tcp', 6379, 6379, '::/0')] }), message: 'Redis (6379) to ::/0' },
    { name: 'Memcached over UDP', resource: iacResource(SG, 'memcached', { ingress: [r('udp', 11211, 11211, '0.0.0.0/0')] }), message: 'Memcached' },
    { name: 'a wide range names a few and counts the rest', resource: liveResource(SG, 'range', { ingress: [r('tcp', 1, 30000, '0.0.0.0/0')] }), message: 'more' },
  ],
  pass: [
    { name: 'database from the application group', resource: liveResource(SG, 'db', { ingress: [r('tcp', 5432, 5432, 'sg-0app', 'security-group')] }) },
    { name: 'web ports from anywhere', resource: liveResource(SG, 'web', { ingress: [r('tcp', 443, 443, '0.0.0.0/0'), r('tcp', 80, 80, '::/0')] }) },
    { name: 'MySQL from a private range', resource: iacResource(SG, 'priv', { ingress: [r('tcp', 3306, 3306, '10.0.0.0/8')] }) },
  ],
  unknown: [
    { name: 'rules not readable', resource: liveResource(SG, 'denied', { ingress: unknownAttr('ec2:DescribeSecurityGroups') }), cause: 'ec2:DescribeSecurityGroups' },
    { name: 'database port from an unresolved CIDR', resource: iacResource(SG, 'var', { ingress: [r('tcp', 5432, 5432, unresolved('var.db_cidr'))] }), cause: 'var.db_cidr' },
  ],
});
