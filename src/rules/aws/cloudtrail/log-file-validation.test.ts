import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './log-file-validation.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'validation off', resource: liveResource(T, 'off', { logFileValidation: false }), message: 'disabled' },
    { name: 'IaC default is off', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'validation on', resource: liveResource(T, 'on', { logFileValidation: true }) }],
  unknown: [
    { name: 'DescribeTrails denied', resource: liveResource(T, 'denied', { logFileValidation: unknownAttr('cloudtrail:DescribeTrails') }), cause: 'cloudtrail:DescribeTrails' },
    { name: 'from a variable', resource: iacResource(T, 'var', { logFileValidation: unresolvedAttr('var.validate') }), cause: 'var.validate' },
  ],
});
