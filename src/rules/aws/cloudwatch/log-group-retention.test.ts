import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './log-group-retention.js';

const T = 'aws.logs.log-group';
testRule(rule, {
  fail: [
    { name: 'one week', resource: liveResource(T, 'short', { retentionDays: 7 }), message: 'after 7 days' },
    { name: 'IaC 90 days', resource: iacResource(T, 'tf', { retentionDays: 90 }) },
  ],
  pass: [
    { name: 'never expires', resource: liveResource(T, 'forever', { retentionDays: null }), message: 'never expire' },
    { name: 'IaC without retention keeps events forever', resource: iacResource(T, 'tf-default', {}) },
    { name: 'two years', resource: liveResource(T, 'long', { retentionDays: 731 }) },
  ],
  unknown: [
    { name: 'DescribeLogGroups denied', resource: liveResource(T, 'denied', { retentionDays: unknownAttr('logs:DescribeLogGroups') }), cause: 'logs:DescribeLogGroups' },
    { name: 'retention from a variable', resource: iacResource(T, 'var', { retentionDays: unresolvedAttr('var.retention') }), cause: 'var.retention' },
  ],
});
