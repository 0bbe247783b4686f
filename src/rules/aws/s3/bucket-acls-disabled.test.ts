import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-acls-disabled.js';

const T = 'aws.s3.bucket';

testRule(rule, {
  fail: [
    { name: 'object writer', resource: liveResource(T, 'b1', { ownershipControls: 'ObjectWriter' }), message: 'ObjectWriter' },
    { name: 'IaC bucket owner preferred', resource: iacResource(T, 'tf', { ownershipControls: 'BucketOwnerPreferred' }, { location: { file: 's3.tf', line: 1 }, attributeLines: { ownershipControls: { file: 's3.tf', line: 12 } } }), line: 12 },
  ],
  pass: [
    { name: 'enforced', resource: liveResource(T, 'b2', { ownershipControls: 'BucketOwnerEnforced' }) },
    { name: 'IaC default for new buckets', resource: iacResource(T, 'tf2', {}) },
  ],
  unknown: [
    { name: 'GetBucketOwnershipControls denied', resource: liveResource(T, 'b3', { ownershipControls: unknownAttr('s3:GetBucketOwnershipControls') }), cause: 's3:GetBucketOwnershipControls' },
    { name: 'not collected', resource: liveResource(T, 'b4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf3', { ownershipControls: unresolvedAttr('var.ownership') }), cause: 'var.ownership' },
  ],
});
