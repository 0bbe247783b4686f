import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './instance-ebs-encrypted.js';

const T = 'aws.ec2.instance';
const dev = (deviceName: string, encrypted?: boolean) => ({ deviceName, ...(encrypted === undefined ? {} : { encrypted }) });
const byDefault = iacResource('aws.ec2.region-settings', 'default', { ebsEncryptionByDefault: true });
testRule(rule, {
  fail: [
    { name: 'one unencrypted data volume', resource: liveResource(T, 'plain', { blockDevices: [dev('/dev/xvda', true), dev('/dev/sdf', false)] }), message: '/dev/sdf' },
    { name: 'IaC root device without the flag', resource: iacResource(T, 'tf', { blockDevices: [{ deviceName: 'root', root: true }] }), message: 'root' },
    { name: 'explicit false is not rescued by the region default', resource: iacResource(T, 'explicit', { blockDevices: [dev('/dev/xvda', false)] }), others: [byDefault] },
  ],
  pass: [
    { name: 'all volumes encrypted', resource: liveResource(T, 'enc', { blockDevices: [dev('/dev/xvda', true), dev('/dev/sdf', true)] }) },
    { name: 'no block devices declared', resource: iacResource(T, 'none', {}), message: 'no block devices' },
    { name: 'unset flag covered by EBS encryption by default', resource: iacResource(T, 'default', { blockDevices: [{ deviceName: '/dev/xvda' }] }), others: [byDefault] },
    { name: 'instance store is not EBS', resource: iacResource(T, 'ephemeral', { blockDevices: [{ deviceName: '/dev/sdb', virtualName: 'ephemeral0' }] }) },
  ],
  unknown: [
    { name: 'block devices not readable', resource: liveResource(T, 'denied', { blockDevices: unknownAttr('ec2:DescribeVolumes') }), cause: 'ec2:DescribeVolumes' },
    { name: 'encryption flag from a variable', resource: iacResource(T, 'var', { blockDevices: [{ deviceName: '/dev/xvda', encrypted: { $unknown: { kind: 'unresolved', expression: 'var.encrypt', message: 'could not resolve var.encrypt' } } }] }), cause: 'var.encrypt' },
  ],
});
