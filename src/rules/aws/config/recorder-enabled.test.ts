import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './recorder-enabled.js';

const T = 'aws.config.region';
const rec = (extra: Record<string, unknown>) => ({ name: 'default', recording: true, lastStatus: 'SUCCESS', allSupported: true, includeGlobalResourceTypes: true, ...extra });
testRule(rule, {
  fail: [
    { name: 'no recorder', resource: liveResource(T, 'us-east-1', { recorders: [] }), message: 'No AWS Config recorder' },
    { name: 'stopped recorder', resource: liveResource(T, 'eu-west-1', { recorders: [rec({ recording: false })] as never }), message: 'default is stopped' },
    { name: 'selected types only', resource: liveResource(T, 'eu-west-2', { recorders: [rec({ allSupported: false })] as never }), message: 'only selected' },
    { name: 'failing delivery', resource: liveResource(T, 'eu-west-3', { recorders: [rec({ lastStatus: 'FAILURE' })] as never }), message: 'failed' },
    { name: 'IaC recorder without a started status', resource: iacResource(T, 'tf', { recorders: [{ name: 'default', recording: false }] }) },
  ],
  pass: [
    { name: 'recording everything', resource: liveResource(T, 'us-west-2', { recorders: [rec({})] as never }) },
    { name: 'IaC recorder started, all types by default', resource: iacResource(T, 'tf-ok', { recorders: [{ name: 'default', recording: true }] }) },
  ],
  unknown: [
    { name: 'DescribeConfigurationRecorders denied', resource: liveResource(T, 'denied', { recorders: unknownAttr('config:DescribeConfigurationRecorders') }), cause: 'config:DescribeConfigurationRecorders' },
    { name: 'recording status unknown', resource: iacResource(T, 'var', { recorders: [{ name: 'default', recording: { $unknown: { kind: 'unresolved', expression: 'var.on', message: 'could not resolve var.on' } } }] }), cause: 'var.on' },
  ],
});
