import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './enabled.js';

const T = 'aws.guardduty.region';
testRule(rule, {
  fail: [
    { name: 'no detector', resource: liveResource(T, 'us-east-1', { detectors: [] }), message: 'no detector' },
    { name: 'suspended detector', resource: liveResource(T, 'eu-west-1', { detectors: [{ id: 'abc', status: 'DISABLED' }] }), message: 'suspended' },
    { name: 'IaC detector with enable = false', resource: iacResource(T, 'tf', { detectors: [{ status: 'DISABLED' }] }) },
  ],
  pass: [
    { name: 'enabled detector', resource: liveResource(T, 'us-west-2', { detectors: [{ id: 'abc', status: 'ENABLED' }] }), message: 'abc' },
    { name: 'IaC detector without the flag (enabled by default)', resource: iacResource(T, 'tf-default', { detectors: [{}] }) },
  ],
  unknown: [
    { name: 'ListDetectors denied', resource: liveResource(T, 'denied', { detectors: unknownAttr('guardduty:ListDetectors') }), cause: 'guardduty:ListDetectors' },
    { name: 'status from a variable', resource: iacResource(T, 'var', { detectors: [{ status: { $unknown: { kind: 'unresolved', expression: 'var.enable', message: 'could not resolve var.enable' } } }] }), cause: 'var.enable' },
    { name: 'not collected', resource: liveResource(T, 'gap', {}), cause: 'not collected' },
    { name: 'detector list from a module', resource: iacResource(T, 'mod', { detectors: unresolvedAttr('module.gd.detectors') }), cause: 'module.gd' },
  ],
});
