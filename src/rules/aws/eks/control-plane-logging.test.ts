import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './control-plane-logging.js';

const T = 'aws.eks.cluster';

testRule(rule, {
  fail: [
    { name: 'none', resource: iacResource(T, 'tf', {}), message: 'off' },
    { name: 'audit only', resource: liveResource(T, 'c1', { enabledLogTypes: ['audit'] }), message: 'api, authenticator, controllerManager, scheduler' },
  ],
  pass: [{ name: 'all five', resource: liveResource(T, 'c2', { enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'c3', { enabledLogTypes: unknownAttr('eks:DescribeCluster') }), cause: 'eks:DescribeCluster' },
    { name: 'not collected', resource: liveResource(T, 'c4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { enabledLogTypes: unresolvedAttr('var.log_types') }), cause: 'var.log_types' },
  ],
});
