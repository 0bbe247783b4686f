import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './flow-logs-enabled.js';

const VPC = 'aws.ec2.vpc';
testRule(rule, {
  fail: [
    { name: 'no flow logs', resource: liveResource(VPC, 'none', { flowLogs: [] }), message: 'no flow log' },
    { name: 'IaC VPC without a flow log', resource: iacResource(VPC, 'tf', {}) },
    { name: 'accepted traffic only', resource: liveResource(VPC, 'accept', { flowLogs: [{ id: 'fl-1', trafficType: 'ACCEPT', status: 'ACTIVE' }] }), message: 'None of the 1' },
    { name: 'failing flow log', resource: liveResource(VPC, 'failing', { flowLogs: [{ id: 'fl-1', trafficType: 'ALL', status: 'FAILED' }] }) },
  ],
  pass: [
    { name: 'active flow log of all traffic', resource: liveResource(VPC, 'all', { flowLogs: [{ id: 'fl-1', trafficType: 'ALL', status: 'ACTIVE' }] }), message: 'fl-1' },
    { name: 'IaC reject-only flow log', resource: iacResource(VPC, 'tf-reject', { flowLogs: [{ trafficType: 'REJECT' }] }) },
  ],
  unknown: [{ name: 'DescribeFlowLogs denied', resource: liveResource(VPC, 'denied', { flowLogs: unknownAttr('ec2:DescribeFlowLogs') }), cause: 'ec2:DescribeFlowLogs' }],
});
