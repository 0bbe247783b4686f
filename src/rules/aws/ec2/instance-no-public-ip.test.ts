import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-no-public-ip.js';

const T = 'aws.ec2.instance';
testRule(rule, {
  fail: [
    { name: 'running instance with a public address', resource: liveResource(T, 'pub', { publicIp: '203.0.113.10' }), message: '203.0.113.10' },
    { name: 'IaC instance requesting a public address', resource: iacResource(T, 'tf', { associatePublicIpAddress: true }) },
  ],
  pass: [
    { name: 'private instance', resource: liveResource(T, 'priv', { publicIp: null }) },
    { name: 'IaC instance without the request', resource: iacResource(T, 'tf-priv', {}) },
  ],
  unknown: [
    { name: 'DescribeInstances denied', resource: liveResource(T, 'denied', { publicIp: unknownAttr('ec2:DescribeInstances') }), cause: 'ec2:DescribeInstances' },
    { name: 'IaC flag from a variable', resource: iacResource(T, 'var', { associatePublicIpAddress: unresolvedAttr('var.public') }), cause: 'var.public' },
  ],
});
