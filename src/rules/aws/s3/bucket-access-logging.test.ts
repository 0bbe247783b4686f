import { absentAttr, iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-access-logging.js';

testRule(rule, {
  fail: [
    { name: 'live bucket with logging off', resource: liveResource('aws.s3.bucket', 'quiet', { logging: { enabled: false } }), message: /off/ },
    { name: 'live bucket with no logging configuration', resource: liveResource('aws.s3.bucket', 'quiet2', { logging: absentAttr }) },
    { name: 'IaC bucket that never configures logging points at the resource', resource: iacResource('aws.s3.bucket', 'tf', {}, { location: { file: 's3.tf', line: 8 } }), line: 8 },
  ],
  pass: [
    {
      name: 'live bucket logging to a log bucket',
      resource: liveResource('aws.s3.bucket', 'logged', { logging: { enabled: true, targetBucket: 'access-logs', targetPrefix: 'logged/' } }),
      message: 'bucket access-logs',
    },
    { name: 'IaC bucket with logging', resource: iacResource('aws.s3.bucket', 'tf-logged', { logging: { enabled: true, targetBucket: 'logs' } }) },
  ],
  notApplicable: [
    {
      name: 'log bucket that grants the log delivery group write access',
      resource: liveResource('aws.s3.bucket', 'logs', { logging: { enabled: false }, acl: { grants: [{ granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'WRITE' }] }, policy: null }),
    },
    {
      name: 'IaC bucket named as another bucket\'s log target',
      resource: iacResource('aws.s3.bucket', 'central-logs', {}),
      others: [iacResource('aws.s3.bucket', 'app', { logging: { enabled: true, targetBucket: 'central-logs' } })],
    },
  ],
  unknown: [
    { name: 'GetBucketLogging denied', resource: liveResource('aws.s3.bucket', 'denied', { logging: unknownAttr('s3:GetBucketLogging') }), cause: 's3:GetBucketLogging AccessDenied' },
    { name: 'live bucket where logging was never collected', resource: liveResource('aws.s3.bucket', 'gap', {}), cause: 'not collected' },
    { name: 'IaC logging from an unresolved variable', resource: iacResource('aws.s3.bucket', 'tf-var', { logging: unresolvedAttr('var.logging') }), cause: 'var.logging' },
  ],
});
