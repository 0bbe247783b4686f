import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './subnet-no-public-ip.js';

const S = 'aws.ec2.subnet';
testRule(rule, {
  fail: [
    { name: 'public addresses at launch', resource: liveResource(S, 'pub', { mapPublicIpOnLaunch: true }), message: 'public IPv4' },
    { name: 'IaC subnet with the flag on', resource: iacResource(S, 'tf', { mapPublicIpOnLaunch: true }) },
  ],
  pass: [
    { name: 'flag off', resource: liveResource(S, 'priv', { mapPublicIpOnLaunch: false }) },
    { name: 'IaC default is off', resource: iacResource(S, 'tf-default', {}) },
  ],
  unknown: [
    { name: 'DescribeSubnets denied', resource: liveResource(S, 'denied', { mapPublicIpOnLaunch: unknownAttr('ec2:DescribeSubnets') }), cause: 'ec2:DescribeSubnets' },
    { name: 'from a variable', resource: iacResource(S, 'var', { mapPublicIpOnLaunch: unresolvedAttr('var.public') }), cause: 'var.public' },
  ],
});
