import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './ebs-encryption-by-default.js';

const T = 'aws.ec2.region-settings';
testRule(rule, {
  fail: [
    { name: 'off in the region', resource: liveResource(T, 'us-east-1', { ebsEncryptionByDefault: false }), message: 'off' },
    { name: 'IaC resource with enabled = false', resource: iacResource(T, 'tf', { ebsEncryptionByDefault: false }) },
  ],
  pass: [{ name: 'on in the region', resource: liveResource(T, 'eu-west-1', { ebsEncryptionByDefault: true }) }],
  unknown: [{ name: 'GetEbsEncryptionByDefault denied', resource: liveResource(T, 'denied', { ebsEncryptionByDefault: unknownAttr('ec2:GetEbsEncryptionByDefault') }), cause: 'ec2:GetEbsEncryptionByDefault' }],
});
