import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './nacl-admin-ports-open.js';

const ACL = 'aws.ec2.network-acl';
const entry = (ruleNumber: number, ruleAction: string, protocol: string, from: number | null, to: number | null, cidr = '0.0.0.0/0'): JsonValue => ({
  ruleNumber,
  ruleAction,
  protocol,
  ...(cidr.includes(':') ? { ipv6CidrBlock: cidr } : { cidrBlock: cidr }),
  ...(from === null ? {} : { fromPort: from }),
  ...(to === null ? {} : { toPort: to }),
});
const unresolved = (x: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression: x, message: `could not resolve ${x}` } });

testRule(rule, {
  fail: [
    { name: 'SSH allowed from 0.0.0.0/0', resource: liveResource(ACL, 'ssh', { ingress: [entry(100, 'allow', '6', 22, 22)] }), message: 'SSH (22) by entry 100' },
    { name: 'RDP allowed from ::/0', resource: liveResource(ACL, 'rdp', { ingress: [entry(110, 'allow', 'tcp', 3389, 3389, '::/0')] }), message: 'RDP' },
    { name: 'all traffic allowed', resource: liveResource(ACL, 'all', { ingress: [entry(100, 'allow', '-1', null, null)] }), message: 'SSH (22) by entry 100; RDP' },
    { name: 'deny comes too late', resource: iacResource(ACL, 'late', { ingress: [entry(200, 'deny', 'tcp', 22, 22), entry(100, 'allow', 'tcp', 0, 1024)] }), message: 'SSH' },
  ],
  pass: [
    { name: 'SSH from a private range only', resource: liveResource(ACL, 'private', { ingress: [entry(100, 'allow', 'tcp', 22, 22, '10.0.0.0/8')] }) },
    { name: 'earlier deny for the internet', resource: liveResource(ACL, 'deny-first', { ingress: [entry(50, 'deny', '-1', null, null), entry(100, 'allow', 'tcp', 22, 22)] }) },
    { name: 'HTTPS only', resource: liveResource(ACL, 'https', { ingress: [entry(100, 'allow', 'tcp', 443, 443)] }) },
    { name: 'IaC ACL without entries denies everything', resource: iacResource(ACL, 'empty', {}) },
    { name: 'a later unknown entry cannot change the outcome', resource: iacResource(ACL, 'late-unknown', { ingress: [entry(50, 'deny', '-1', null, null), { ...(entry(300, 'allow', 'tcp', 22, 22) as object), cidrBlock: unresolved('var.cidr') }] }) },
  ],
  unknown: [
    { name: 'DescribeNetworkAcls denied', resource: liveResource(ACL, 'denied', { ingress: unknownAttr('ec2:DescribeNetworkAcls') }), cause: 'ec2:DescribeNetworkAcls' },
    { name: 'allow from an unresolved CIDR', resource: iacResource(ACL, 'var', { ingress: [{ ...(entry(100, 'allow', 'tcp', 22, 22) as object), cidrBlock: unresolved('var.admin_cidr') }] }), cause: 'var.admin_cidr' },
  ],
});
