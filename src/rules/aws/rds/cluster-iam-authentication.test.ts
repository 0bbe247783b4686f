import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './cluster-iam-authentication.js';

const T = 'aws.rds.cluster';

testRule(rule, {
  fail: [
    { name: 'live resource with the setting off', resource: liveResource(T, 'r1', { iamDatabaseAuthenticationEnabled: false }) },
    { name: 'IaC resource that turns it off points at the line', resource: iacResource(T, 'tf', { iamDatabaseAuthenticationEnabled: false }, { location: { file: 'main.tf', line: 1 }, attributeLines: { iamDatabaseAuthenticationEnabled: { file: 'main.tf', line: 4 } } }), line: 4 },
    { name: 'IaC resource that leaves the provider default', resource: iacResource(T, 'tf-default', {}) },
  ],
  pass: [
    { name: 'live resource with the setting on', resource: liveResource(T, 'r2', { iamDatabaseAuthenticationEnabled: true }) },
    { name: 'IaC resource that sets it', resource: iacResource(T, 'tf2', { iamDatabaseAuthenticationEnabled: true }) },
  ],
  unknown: [
    { name: 'API call denied', resource: liveResource(T, 'r3', { iamDatabaseAuthenticationEnabled: unknownAttr('rds:DescribeDBClusters') }), cause: 'rds:DescribeDBClusters' },
    { name: 'live resource where it was never collected', resource: liveResource(T, 'r4', {}), cause: 'not collected' },
    { name: 'IaC value from an unresolved variable', resource: iacResource(T, 'tf4', { iamDatabaseAuthenticationEnabled: unresolvedAttr('var.setting') }), cause: 'var.setting' },
  ],
  notApplicable: [
    { name: 'DocumentDB cluster', resource: liveResource(T, 'na0', { engine: "docdb", iamDatabaseAuthenticationEnabled: false }) },
  ],
});
