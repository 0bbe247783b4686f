import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './multi-region.js';

const T = 'aws.cloudtrail.trail';
testRule(rule, {
  fail: [
    { name: 'single-region live trail', resource: liveResource(T, 'single', { isMultiRegion: false }), message: 'home region only' },
    { name: 'IaC trail without the setting (provider default false)', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [
    { name: 'multi-region live trail', resource: liveResource(T, 'multi', { isMultiRegion: true }) },
    { name: 'multi-region IaC trail', resource: iacResource(T, 'tf-multi', { isMultiRegion: true }) },
  ],
  unknown: [
    { name: 'DescribeTrails denied', resource: liveResource(T, 'denied', { isMultiRegion: unknownAttr('cloudtrail:DescribeTrails') }), cause: 'cloudtrail:DescribeTrails' },
    { name: 'value from a variable', resource: iacResource(T, 'var', { isMultiRegion: unresolvedAttr('var.multi_region') }), cause: 'var.multi_region' },
  ],
});
