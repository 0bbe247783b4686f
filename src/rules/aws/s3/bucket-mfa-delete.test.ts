import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-mfa-delete.js';

const T = 'aws.s3.bucket';

testRule(rule, {
  fail: [
    { name: 'versioned without MFA delete', resource: liveResource(T, 'b1', { versioning: { enabled: true, status: 'Enabled', mfaDelete: false } }), message: 'not enabled' },
    { name: 'IaC default', resource: iacResource(T, 'tf', {}) },
  ],
  pass: [{ name: 'MFA delete on', resource: liveResource(T, 'b2', { versioning: { enabled: true, status: 'Enabled', mfaDelete: true } }) }],
  unknown: [
    { name: 'GetBucketVersioning denied', resource: liveResource(T, 'b3', { versioning: unknownAttr('s3:GetBucketVersioning') }), cause: 's3:GetBucketVersioning' },
    { name: 'not collected', resource: liveResource(T, 'b4', {}), cause: 'not collected' },
    { name: 'IaC variable', resource: iacResource(T, 'tf2', { versioning: unresolvedAttr('var.versioning') }), cause: 'var.versioning' },
  ],
});
