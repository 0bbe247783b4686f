import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './task-no-secrets-in-environment.js';

const T = 'aws.ecs.task-definition';

testRule(rule, {
  fail: [
    { name: 'password', resource: liveResource(T, 't1', { environmentVariableNames: ['app/ENVIRONMENT', 'app/DATABASE_PASSWORD'] }), message: 'app/DATABASE_PASSWORD' },
    { name: 'IaC access key', resource: iacResource(T, 'tf', { environmentVariableNames: ['web/AWS_ACCESS_KEY_ID'] }) },
  ],
  pass: [
    { name: 'harmless names', resource: liveResource(T, 't2', { environmentVariableNames: ['app/ENVIRONMENT', 'app/DB_PASSWORD_SECRET_ARN'] }) },
    { name: 'IaC none', resource: iacResource(T, 'tf2', {}) },
  ],
  unknown: [
    { name: 'denied', resource: liveResource(T, 't3', { environmentVariableNames: unknownAttr('ecs:DescribeTaskDefinition') }), cause: 'ecs:DescribeTaskDefinition' },
    { name: 'not collected', resource: liveResource(T, 't4', {}), cause: 'not collected' },
    { name: 'IaC container definitions from a file', resource: iacResource(T, 'tf3', { environmentVariableNames: unresolvedAttr('file("task.json")') }), cause: 'task.json' },
  ],
});
