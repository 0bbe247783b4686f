import { absentAttr, iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-default-encryption.js';

testRule(rule, {
  fail: [
    { name: 'live bucket reporting encryption disabled', resource: liveResource('aws.s3.bucket', 'off', { encryption: { enabled: false } }), message: /disabled/ },
    {
      name: 'IaC bucket with encryption disabled points at the line',
      resource: iacResource('aws.s3.bucket', 'tf', { encryption: { enabled: false } }, {
        location: { file: 'main.tf', line: 1 },
        attributeLines: { encryption: { file: 'main.tf', line: 12 } },
      }),
      line: 12,
    },
  ],
  pass: [
    { name: 'live bucket with SSE-S3', resource: liveResource('aws.s3.bucket', 'sse-s3', { encryption: { enabled: true, type: 'AES256' } }), message: 'SSE-S3' },
    {
      name: 'live bucket with SSE-KMS names the key',
      resource: liveResource('aws.s3.bucket', 'kms', { encryption: { enabled: true, type: 'aws:kms', kmsKeyId: 'alias/data' } }),
      message: 'SSE-KMS with key alias/data',
    },
    { name: 'live bucket without configuration gets the S3 default', resource: liveResource('aws.s3.bucket', 'default', { encryption: absentAttr }), message: /S3 default applies/ },
    { name: 'IaC bucket that declares nothing gets the S3 default', resource: iacResource('aws.s3.bucket', 'tf-default', {}), message: /S3 default applies/ },
  ],
  unknown: [
    { name: 'GetBucketEncryption denied', resource: liveResource('aws.s3.bucket', 'denied', { encryption: unknownAttr('s3:GetEncryptionConfiguration') }), cause: 's3:GetEncryptionConfiguration AccessDenied' },
    { name: 'live bucket where encryption was never collected', resource: liveResource('aws.s3.bucket', 'gap', {}), cause: 'not collected' },
    { name: 'IaC encryption from an unresolved variable', resource: iacResource('aws.s3.bucket', 'tf-var', { encryption: unresolvedAttr('var.sse') }), cause: 'var.sse' },
    {
      name: 'IaC algorithm from an unresolved variable',
      resource: iacResource('aws.s3.bucket', 'tf-var2', { encryption: { enabled: true, type: { $unknown: { kind: 'unresolved', expression: 'var.algo', message: 'could not resolve var.algo' } } } }),
      cause: 'var.algo',
    },
  ],
});
