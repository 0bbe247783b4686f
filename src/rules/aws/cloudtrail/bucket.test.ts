import { describe, expect, it } from 'vitest';
import { iacResource, liveResource } from '../../../core/fixtures.js';
import type { Resource } from '../../../core/index.js';
import { Inventory, UnknownEvidenceError, builtinResourceTypes, createContext } from '../../../core/index.js';
import { bucketPublicReason, trailBucket } from './bucket.js';

const types = builtinResourceTypes();
const ctxFor = (trail: Resource, others: Resource[]) => createContext(trail, types.get(trail.type), new Inventory([trail, ...others]), []);
const trail = liveResource('aws.cloudtrail.trail', 't', { s3BucketName: 'logs' });

describe('trail bucket helpers', () => {
  it('finds the bucket by relationship or name, and reports a missing one as unknown', () => {
    const b = liveResource('aws.s3.bucket', 'logs', {}, { uid: 'arn:aws:s3:::logs' });
    expect(trailBucket(ctxFor(trail, [b])).uid).toBe('arn:aws:s3:::logs');
    const rel = { ...iacResource('aws.cloudtrail.trail', 'r', {}), relationships: [{ kind: 'logs-to', target: 'iac:b' }] };
    expect(trailBucket(ctxFor(rel, [iacResource('aws.s3.bucket', 'x', {}, { uid: 'iac:b' })])).uid).toBe('iac:b');
    expect(() => trailBucket(ctxFor(trail, []))).toThrow(UnknownEvidenceError);
  });

  it('names why a bucket is public and honours account-level Block Public Access', () => {
    const open = iacResource('aws.s3.bucket', 'logs', { acl: { cannedAcl: 'public-read-write' } });
    const t = iacResource('aws.cloudtrail.trail', 't', { s3BucketName: 'logs' });
    expect(bucketPublicReason(ctxFor(t, [open]), open)).toMatch(/public-read-write/);
    const account = iacResource('aws.s3.account-settings', 'acct', { publicAccessBlock: { ignorePublicAcls: true, restrictPublicBuckets: true } });
    expect(bucketPublicReason(ctxFor(t, [open, account]), open)).toBeUndefined();
    const policy = iacResource('aws.s3.bucket', 'logs', { policy: { Statement: { Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 's3:GetObject' } } });
    expect(bucketPublicReason(ctxFor(t, [policy]), policy)).toMatch(/any principal/);
    const deny = iacResource('aws.s3.bucket', 'logs', { policy: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*' }] } });
    expect(bucketPublicReason(ctxFor(t, [deny]), deny)).toBeUndefined();
  });
});
