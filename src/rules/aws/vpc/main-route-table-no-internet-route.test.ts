import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import type { JsonValue } from '../../../core/index.js';
import { unknownMarker, unresolvedCause } from '../../../core/index.js';
import { testRule } from '../../testing.js';
import rule from './main-route-table-no-internet-route.js';

const RT = 'aws.ec2.route-table';
const local = { destinationCidr: '10.0.0.0/16', targetKind: 'local', targetId: 'local', state: 'active' };
const toIgw = { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: 'igw-1', state: 'active' };

testRule(rule, {
  fail: [
    { name: 'main table with a default route to an internet gateway', resource: liveResource(RT, 'main', { main: true, routes: [local, toIgw] }), message: '0.0.0.0/0 to igw-1' },
    { name: 'IaC default route table with an IPv6 internet route', resource: iacResource(RT, 'tf', { main: true, routes: [{ destinationIpv6Cidr: '::/0', targetKind: 'internet-gateway', targetId: '${Igw}' }] }), message: '::/0' },
  ],
  pass: [
    { name: 'main table with the local route only', resource: liveResource(RT, 'local', { main: true, routes: [local] }) },
    { name: 'main table routing out through a NAT gateway', resource: liveResource(RT, 'nat', { main: true, routes: [local, { ...toIgw, targetKind: 'nat-gateway', targetId: 'nat-1' }] }) },
    { name: 'internet route whose gateway is gone', resource: liveResource(RT, 'hole', { main: true, routes: [local, { ...toIgw, state: 'blackhole' }] }) },
  ],
  unknown: [
    { name: 'DescribeRouteTables denied', resource: liveResource(RT, 'denied', { main: unknownAttr('ec2:DescribeRouteTables'), routes: unknownAttr('ec2:DescribeRouteTables') }), cause: 'ec2:DescribeRouteTables' },
    { name: 'main flag not collected', resource: liveResource(RT, 'gap', { routes: [local] }), cause: 'not collected' },
    { name: 'main table with routes from a variable', resource: iacResource(RT, 'var', { main: true, routes: unresolvedAttr('var.routes') }), cause: 'var.routes' },
    { name: 'route target unknown', resource: iacResource(RT, 'target', { main: true, routes: [{ destinationCidr: '0.0.0.0/0', targetKind: unknownMarker(unresolvedCause('var.gateway_id')) as unknown as JsonValue }] }), cause: 'var.gateway_id' },
  ],
  notApplicable: [
    { name: 'a public table that subnets join on purpose', resource: liveResource(RT, 'public', { main: false, routes: [local, toIgw] }) },
    { name: 'IaC route table (not main by default)', resource: iacResource(RT, 'tf-public', { routes: [toIgw] }) },
  ],
});
