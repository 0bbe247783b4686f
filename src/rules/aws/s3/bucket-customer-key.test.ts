import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-customer-key.js';

const T = 'aws.s3.bucket';

testRule(rule, {
  fail: [
    { name: 'SSE-S3', resource: liveResource(T, 'b1', { encryption: { enabled: true, type: 'AES256' }, acl: { grants: [] }, policy: null, logging: { enabled: false } }), message: 'AES256' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
    { name: 'SSE-KMS with the AWS managed key', resource: liveResource(T, 'b2', { encryption: { enabled: true, type: 'aws:kms' } }), message: 'aws/s3' },
  ],
  pass: [{ name: 'customer key', resource: liveResource(T, 'b3', { encryption: { enabled: true, type: 'aws:kms', kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k7' } }) }],
  unknown: [
    { name: 'GetBucketEncryption denied', resource: liveResource(T, 'b4', { encryption: unknownAttr('s3:GetEncryptionConfiguration') }), cause: 's3:GetEncryptionConfiguration' },
    { name: 'not collected', resource: liveResource(T, 'b5', {}), cause: 'not collected' },
    { name: 'IaC key from a variable', resource: iacResource(T, 'tf2', { encryption: { enabled: true, type: 'aws:kms', kmsKeyId: { $unknown: { kind: 'unresolved', expression: 'var.key', message: 'var.key is unknown' } } } }), cause: 'var.key' },
  ],
  notApplicable: [
    { name: 'log bucket by ACL', resource: iacResource(T, 'tf3', { encryption: { enabled: true, type: 'AES256' }, acl: { cannedAcl: 'log-delivery-write', grants: [{ granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'WRITE' }] } }) },
    { name: 'log bucket by policy', resource: iacResource(T, 'tf4', { policy: { Statement: [{ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' }] } }) },
  ],
});
