import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './logging-enabled.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'stopped live trail', resource: liveResource(T, 'stopped', { isLogging: false }), message: 'stopped' },
    { name: 'IaC trail with logging off', resource: iacResource(T, 'tf', { isLogging: false }) },
  ],
  pass: [{ name: 'logging trail', resource: liveResource(T, 'on', { isLogging: true }) }],
  unknown: [
    { name: 'GetTrailStatus denied', resource: liveResource(T, 'denied', { isLogging: unknownAttr('cloudtrail:GetTrailStatus') }), cause: 'cloudtrail:GetTrailStatus' },
    { name: 'status not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
  ],
});
