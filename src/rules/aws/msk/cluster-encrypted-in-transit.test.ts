import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-encrypted-in-transit.js';

const T = 'aws.msk.cluster';

testRule(rule, {
  fail: [
    { name: 'TLS_PLAINTEXT', resource: liveResource(T, 'c1', { clientBroker: 'TLS_PLAINTEXT', inCluster: true }), message: 'TLS_PLAINTEXT' },
    { name: 'in-cluster off', resource: iacResource(T, 'tf', { inCluster: false }), message: 'replicate' },
  ],
  pass: [{ name: 'TLS', resource: liveResource(T, 'c2', { clientBroker: 'TLS', inCluster: true }) }, { name: 'IaC default', resource: iacResource(T, 'tf2', {}) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c3', { clientBroker: unknownAttr('kafka:DescribeClusterV2') }), cause: 'kafka:DescribeClusterV2' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { clientBroker: unresolvedAttr('var.cb') }), cause: 'var.cb' },
  ],
});
