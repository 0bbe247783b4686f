import { absentAttr, iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './ebs-volume-encrypted.js';

const VOL = 'aws.ec2.volume';

testRule(rule, {
  fail: [
    { name: 'live unencrypted volume names its instance', resource: liveResource(VOL, 'vol-1', { encrypted: false, attachedInstances: ['i-0abc'] }), message: 'attached to i-0abc' },
    { name: 'an uncollected detail does not hide the violation', resource: liveResource(VOL, 'vol-2', { encrypted: false, attachedInstances: unknownAttr('ec2:DescribeVolumes') }) },
    { name: 'IaC volume that does not ask for encryption', resource: iacResource(VOL, 'tf', { encrypted: absentAttr }, { location: { file: 'ebs.tf', line: 5 } }), line: 5 },
    {
      name: 'IaC volume with encrypted = false points at the line',
      resource: iacResource(VOL, 'tf2', { encrypted: false }, { location: { file: 'ebs.tf', line: 5 }, attributeLines: { encrypted: { file: 'ebs.tf', line: 8 } } }),
      line: 8,
    },
  ],
  pass: [
    { name: 'live encrypted volume with its key', resource: liveResource(VOL, 'vol-3', { encrypted: true, kmsKeyId: 'alias/ebs' }), message: 'with key alias/ebs', tolerateUnknown: { kmsKeyId: 'only named in the message' } },
    { name: 'live encrypted volume whose key was not collected', resource: liveResource(VOL, 'vol-4', { encrypted: true }) },
    { name: 'IaC encrypted volume', resource: iacResource(VOL, 'tf3', { encrypted: true }) },
  ],
  unknown: [
    { name: 'DescribeVolumes denied', resource: liveResource(VOL, 'vol-5', { encrypted: unknownAttr('ec2:DescribeVolumes', 'UnauthorizedOperation') }), cause: 'ec2:DescribeVolumes UnauthorizedOperation' },
    { name: 'live volume where encryption was never collected', resource: liveResource(VOL, 'vol-6', {}), cause: 'not collected' },
    { name: 'IaC encryption from an unresolved variable', resource: iacResource(VOL, 'tf4', { encrypted: unresolvedAttr('var.encrypt') }), cause: 'var.encrypt' },
  ],
});
