import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-versioning.js';

testRule(rule, {
  fail: [
    { name: 'live bucket with versioning suspended', resource: liveResource('aws.s3.bucket', 'b1', { versioning: { enabled: false, status: 'Suspended' } }), message: /suspended/ },
    { name: 'IaC bucket that never declares versioning', resource: iacResource('aws.s3.bucket', 'b2', {}, { location: { file: 'main.tf', line: 3 } }), line: 3 },
    {
      name: 'IaC bucket with versioning explicitly disabled points at the attribute line',
      resource: iacResource('aws.s3.bucket', 'b3', { versioning: { enabled: false } }, { location: { file: 'main.tf', line: 1 }, attributeLines: { 'versioning.enabled': { file: 'main.tf', line: 7 } } }),
      line: 7,
    },
  ],
  pass: [
    { name: 'live bucket with versioning enabled', resource: liveResource('aws.s3.bucket', 'b4', { versioning: { enabled: true, status: 'Enabled' } }) },
    { name: 'IaC bucket with versioning enabled', resource: iacResource('aws.s3.bucket', 'b5', { versioning: { enabled: true } }) },
  ],
  unknown: [
    { name: 'GetBucketVersioning denied', resource: liveResource('aws.s3.bucket', 'b6', { versioning: unknownAttr('s3:GetBucketVersioning') }), cause: 's3:GetBucketVersioning' },
    { name: 'live bucket where versioning was never collected', resource: liveResource('aws.s3.bucket', 'b7', {}), cause: 'not collected' },
    { name: 'IaC versioning from an unresolved variable', resource: iacResource('aws.s3.bucket', 'b8', { versioning: unresolvedAttr('var.versioning') }), cause: 'var.versioning' },
  ],
});
