import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './security-group-rule-description.js';

const SG = 'aws.ec2.security-group';
const unresolved = (expression: string): JsonValue => ({ $unknown: { kind: 'unresolved', expression, message: `could not resolve ${expression}` } });
const rule443 = (description?: JsonValue): JsonValue => ({
  protocol: 'tcp',
  fromPort: 443,
  toPort: 443,
  peerKind: 'cidr-ipv4',
  peer: '10.0.0.0/16',
  ...(description === undefined ? {} : { description }),
});

testRule(rule, {
  fail: [
    { name: 'one rule without a description', resource: liveResource(SG, 'bare', { ingress: [rule443('clients'), rule443()], egress: [] }), message: '1 of 2 rules has no description: ingress.1' },
    { name: 'an outbound rule without a description', resource: liveResource(SG, 'egress-bare', { ingress: [rule443('clients')], egress: [rule443()] }), message: 'egress.0' },
    { name: 'a blank description does not count', resource: liveResource(SG, 'blank', { ingress: [rule443('  ')], egress: [] }), message: 'ingress.0' },
    {
      name: 'an unknown description does not hide a missing one',
      resource: iacResource(SG, 'tf', { ingress: [rule443(unresolved('var.why')), rule443()] }, {
        location: { file: 'sg.tf', line: 1 },
        attributeLines: { 'ingress.1': { file: 'sg.tf', line: 9 } },
      }),
      line: 9,
    },
  ],
  pass: [
    { name: 'every rule described', resource: liveResource(SG, 'tidy', { ingress: [rule443('office VPN'), rule443('load balancer')], egress: [rule443('to the proxy')] }), message: 'All 3' },
    {
      name: 'live group whose only outbound rule is the allow-all one AWS creates',
      resource: liveResource(SG, 'aws-default-egress', { ingress: [rule443('office VPN')], egress: [{ protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' }] }),
      message: 'All 1',
    },
    { name: 'IaC group keeping the default egress rule', resource: iacResource(SG, 'tf-default-egress', { ingress: [rule443('office VPN')] }), message: 'All 1' },
  ],
  notApplicable: [{ name: 'a group without rules', resource: liveResource(SG, 'empty', { ingress: [], egress: [] }) }],
  unknown: [
    { name: 'DescribeSecurityGroups denied', resource: liveResource(SG, 'denied', { ingress: unknownAttr('ec2:DescribeSecurityGroups', 'UnauthorizedOperation') }), cause: 'ec2:DescribeSecurityGroups' },
    { name: 'description from an unresolved variable', resource: iacResource(SG, 'tf-var', { ingress: [rule443('ok'), rule443(unresolved('var.why'))] }), cause: 'ingress.1.description is unknown' },
    { name: 'egress unreadable while every inbound rule is described', resource: liveResource(SG, 'egress-denied', { ingress: [rule443('ok')], egress: unknownAttr('ec2:DescribeSecurityGroupRules') }), cause: 'ec2:DescribeSecurityGroupRules' },
    { name: 'whole entry unreadable', resource: iacResource(SG, 'tf-entry', { ingress: [unresolved('local.rule')] }), cause: 'local.rule' },
  ],
});
