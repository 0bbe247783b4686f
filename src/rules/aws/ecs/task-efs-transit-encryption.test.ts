import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './task-efs-transit-encryption.js';

const T = 'aws.ecs.task-definition';

testRule(rule, {
  fail: [
    { name: 'disabled', resource: liveResource(T, 't1', { efsVolumes: [{ name: 'data', transitEncryption: 'DISABLED' }] }), message: 'data' },
    { name: 'IaC default on the volume', resource: iacResource(T, 'tf', { efsVolumes: [{ name: 'home' }] }) },
  ],
  pass: [{ name: 'enabled', resource: liveResource(T, 't2', { efsVolumes: [{ name: 'data', transitEncryption: 'ENABLED' }] }) }],
  unknown: [
    { name: 'denied', resource: liveResource(T, 't3', { efsVolumes: unknownAttr('ecs:DescribeTaskDefinition') }), cause: 'ecs:DescribeTaskDefinition' },
    { name: 'not collected', resource: liveResource(T, 't4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { efsVolumes: unresolvedAttr('var.volumes') }), cause: 'var.volumes' },
  ],
  notApplicable: [{ name: 'no EFS volumes', resource: iacResource(T, 'tf3', {}) }],
});
