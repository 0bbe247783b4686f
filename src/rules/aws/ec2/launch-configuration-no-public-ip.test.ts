import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './launch-configuration-no-public-ip.js';

const T = 'aws.autoscaling.launch-configuration';
testRule(rule, {
  fail: [
    { name: 'public addresses requested', resource: liveResource(T, 'pub', { associatePublicIpAddress: true }), message: 'public IPv4' },
    { name: 'IaC configuration requesting them', resource: iacResource(T, 'tf', { associatePublicIpAddress: true }) },
  ],
  pass: [
    { name: 'explicitly off', resource: liveResource(T, 'off', { associatePublicIpAddress: false }) },
    { name: 'IaC configuration without the setting', resource: iacResource(T, 'tf-default', {}) },
  ],
  unknown: [{ name: 'DescribeLaunchConfigurations denied', resource: liveResource(T, 'denied', { associatePublicIpAddress: unknownAttr('autoscaling:DescribeLaunchConfigurations') }), cause: 'autoscaling:DescribeLaunchConfigurations' }],
});
