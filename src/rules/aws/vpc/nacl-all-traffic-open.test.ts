import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './nacl-all-traffic-open.js';

const ACL = 'aws.ec2.network-acl';
const all = (ruleNumber: number, ruleAction: string, cidr = '0.0.0.0/0') => ({ ruleNumber, ruleAction, protocol: '-1', cidrBlock: cidr });

testRule(rule, {
  fail: [
    { name: 'custom ACL allowing all traffic', resource: liveResource(ACL, 'open', { isDefault: false, ingress: [all(100, 'allow')] }), message: 'entry 100' },
    { name: 'IaC rule with protocol all', resource: iacResource(ACL, 'tf', { ingress: [{ ...all(10, 'allow'), protocol: 'all' }] }) },
  ],
  pass: [
    { name: 'all traffic only from the VPC', resource: liveResource(ACL, 'vpc', { isDefault: false, ingress: [all(100, 'allow', '10.0.0.0/16')] }) },
    { name: 'specific ports only', resource: liveResource(ACL, 'ports', { isDefault: false, ingress: [{ ruleNumber: 100, ruleAction: 'allow', protocol: '6', fromPort: 443, toPort: 443, cidrBlock: '0.0.0.0/0' }] }) },
    { name: 'deny before the allow', resource: liveResource(ACL, 'deny', { isDefault: false, ingress: [all(100, 'deny'), all(200, 'allow')] }) },
  ],
  unknown: [
    { name: 'entries not readable', resource: liveResource(ACL, 'denied', { isDefault: false, ingress: unknownAttr('ec2:DescribeNetworkAcls') }), cause: 'ec2:DescribeNetworkAcls' },
    { name: 'default flag not collected', resource: liveResource(ACL, 'gap', { ingress: [] }), cause: 'not collected' },
  ],
  notApplicable: [{ name: 'default ACL', resource: liveResource(ACL, 'default', { isDefault: true, ingress: [all(100, 'allow')] }) }],
});
