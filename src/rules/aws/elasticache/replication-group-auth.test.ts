import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './replication-group-auth.js';

const T = 'aws.elasticache.replication-group';

testRule(rule, {
  fail: [
    { name: 'nothing', resource: liveResource(T, 'g1', { userGroupIds: [], authTokenEnabled: false }), message: 'without authenticating' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'RBAC', resource: liveResource(T, 'g2', { userGroupIds: ['app-users'] }), message: 'RBAC' },
    { name: 'AUTH token', resource: iacResource(T, 'tf2', { authTokenEnabled: true }) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 'g3', { userGroupIds: unknownAttr('elasticache:DescribeReplicationGroups') }), cause: 'elasticache:DescribeReplicationGroups' },
    { name: 'token flag not collected', resource: liveResource(T, 'g4', { userGroupIds: [] }), cause: 'not collected' },
    { name: 'IaC token from a variable', resource: iacResource(T, 'tf3', { authTokenEnabled: unresolvedAttr('var.auth_token') }), cause: 'var.auth_token' },
  ],
});
