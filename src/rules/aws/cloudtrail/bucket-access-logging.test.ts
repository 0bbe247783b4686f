import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-access-logging.js';

const T = 'aws.cloudtrail.trail';
const B = 'aws.s3.bucket';
const trail = (name: string) => liveResource(T, name, { s3BucketName: 'trail-logs' });
const bucket = (logging: unknown) => liveResource(B, 'trail-logs', { logging: logging as never }, { uid: 'arn:aws:s3:::trail-logs' });

testRule(rule, {
  fail: [
    { name: 'logging off', resource: trail('off'), others: [bucket({ enabled: false })], message: 'no server access logging' },
    { name: 'IaC bucket without logging', resource: iacResource(T, 'tf', { s3BucketName: 'trail-logs' }), others: [iacResource(B, 'trail-logs', {})] },
  ],
  pass: [
    { name: 'logging on', resource: trail('on'), others: [bucket({ enabled: true, targetBucket: 'access-logs' })] },
    { name: 'IaC bucket with a target bucket', resource: iacResource(T, 'tf-on', { s3BucketName: 'trail-logs' }), others: [iacResource(B, 'trail-logs', { logging: { targetBucket: 'access-logs' } })] },
  ],
  unknown: [
    { name: 'bucket not in the scan', resource: trail('elsewhere'), cause: 'not part of this scan' },
    { name: 'GetBucketLogging denied', resource: trail('denied'), others: [bucket(unknownAttr('s3:GetBucketLogging'))], cause: 's3:GetBucketLogging' },
  ],
});
