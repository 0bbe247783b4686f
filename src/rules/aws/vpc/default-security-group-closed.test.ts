import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './default-security-group-closed.js';

const SG = 'aws.ec2.security-group';
const self = { protocol: '-1', peerKind: 'security-group', peer: 'sg-default' };
const out = { protocol: '-1', peerKind: 'cidr-ipv4', peer: '0.0.0.0/0' };
testRule(rule, {
  fail: [
    { name: 'default group as AWS creates it', resource: liveResource(SG, 'default', { groupName: 'default', ingress: [self], egress: [out] }), message: '1 inbound and 1 outbound' },
    { name: 'egress only', resource: liveResource(SG, 'default-egress', { groupName: 'default', ingress: [], egress: [out] }) },
    { name: 'IaC default group with a rule', resource: iacResource(SG, 'tf', { groupName: 'default', ingress: [self], egress: [] }) },
  ],
  pass: [
    { name: 'emptied default group', resource: liveResource(SG, 'closed', { groupName: 'default', ingress: [], egress: [] }) },
    { name: 'IaC default group adopted without rules', resource: iacResource(SG, 'tf-closed', { groupName: 'default', ingress: [], egress: [] }) },
  ],
  unknown: [
    { name: 'rules not readable', resource: liveResource(SG, 'denied', { groupName: 'default', ingress: unknownAttr('ec2:DescribeSecurityGroups'), egress: [] }), cause: 'ec2:DescribeSecurityGroups' },
    { name: 'name not collected', resource: liveResource(SG, 'gap', { ingress: [], egress: [] }), cause: 'not collected' },
  ],
  notApplicable: [{ name: 'any other group', resource: liveResource(SG, 'web', { groupName: 'web', ingress: [self], egress: [out] }) }],
});
