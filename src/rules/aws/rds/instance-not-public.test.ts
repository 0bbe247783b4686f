import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-not-public.js';

const DB = 'aws.rds.db-instance';

testRule(rule, {
  fail: [
    { name: 'public postgres instance', resource: liveResource(DB, 'db1', { publiclyAccessible: true, engine: 'postgres' }), message: 'postgres instance is publicly accessible' },
    { name: 'an unreadable engine does not hide the violation', resource: liveResource(DB, 'db2', { publiclyAccessible: true }), message: 'publicly accessible' },
    {
      name: 'IaC instance with publicly_accessible = true points at the line',
      resource: iacResource(DB, 'tf', { publiclyAccessible: true }, { location: { file: 'rds.tf', line: 1 }, attributeLines: { publiclyAccessible: { file: 'rds.tf', line: 12 } } }),
      line: 12,
    },
  ],
  pass: [
    { name: 'private live instance', resource: liveResource(DB, 'db3', { publiclyAccessible: false }) },
    { name: 'IaC instance that does not set it gets the private default', resource: iacResource(DB, 'tf2', {}) },
  ],
  unknown: [
    { name: 'DescribeDBInstances denied', resource: liveResource(DB, 'db4', { publiclyAccessible: unknownAttr('rds:DescribeDBInstances') }), cause: 'rds:DescribeDBInstances AccessDenied' },
    { name: 'live instance where the flag was never collected', resource: liveResource(DB, 'db5', { engine: 'mysql' }), cause: 'not collected' },
    { name: 'IaC flag from an unresolved variable', resource: iacResource(DB, 'tf3', { publiclyAccessible: unresolvedAttr('var.public') }), cause: 'var.public' },
  ],
});
