import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './management-events.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'write-only selectors', resource: liveResource(T, 'wo', { managementEvents: 'WriteOnly' }), message: 'only write' },
    { name: 'read-only selectors', resource: liveResource(T, 'ro', { managementEvents: 'ReadOnly' }), message: 'only read-only' },
    { name: 'management events excluded', resource: iacResource(T, 'none', { managementEvents: 'None' }), message: 'exclude' },
  ],
  pass: [
    { name: 'all management events', resource: liveResource(T, 'all', { managementEvents: 'All' }) },
    { name: 'IaC trail without selectors records all', resource: iacResource(T, 'default', {}) },
  ],
  unknown: [{ name: 'GetEventSelectors denied', resource: liveResource(T, 'denied', { managementEvents: unknownAttr('cloudtrail:GetEventSelectors') }), cause: 'cloudtrail:GetEventSelectors' }],
});
