import { describe, expect, it } from 'vitest';
import type { EvidenceRecord, Resource } from '../../../core/index.js';
import { Inventory, UnknownEvidenceError, builtinResourceTypes, createContext } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { flagState } from './public-access-helpers.js';

const ctxOf = (r: Resource, others: Resource[] = []) => createContext(r, builtinResourceTypes().get(r.type), new Inventory([r, ...others]), [] as EvidenceRecord[]);
const account = (flags: Record<string, boolean>) => liveResource('aws.s3.account-settings', 'acct', { publicAccessBlock: flags });

describe('S3 Block Public Access switch', () => {
  it('is on at bucket level', () => {
    expect(flagState(ctxOf(liveResource('aws.s3.bucket', 'b', { publicAccessBlock: { blockPublicAcls: true } })), 'blockPublicAcls')).toMatchObject({ on: true, level: 'bucket' });
  });
  it('falls back to the account level for live buckets', () => {
    const b = liveResource('aws.s3.bucket', 'b', { publicAccessBlock: null });
    expect(flagState(ctxOf(b, [account({ ignorePublicAcls: true })]), 'ignorePublicAcls')).toMatchObject({ on: true, level: 'account' });
    expect(flagState(ctxOf(b, [account({})]), 'ignorePublicAcls')).toMatchObject({ on: false, level: 'account' });
    expect(() => flagState(ctxOf(b), 'ignorePublicAcls')).toThrow(UnknownEvidenceError);
  });
  it('lets the account cover an unreadable bucket setting, and only then', () => {
    const b = liveResource('aws.s3.bucket', 'b', { publicAccessBlock: unknownAttr('s3:GetPublicAccessBlock') });
    expect(flagState(ctxOf(b, [account({ blockPublicPolicy: true })]), 'blockPublicPolicy').on).toBe(true);
    expect(() => flagState(ctxOf(b, [account({})]), 'blockPublicPolicy')).toThrow(/s3:GetPublicAccessBlock/);
  });
  it('judges IaC on the bucket level only', () => {
    expect(flagState(ctxOf(iacResource('aws.s3.bucket', 'b', {})), 'restrictPublicBuckets')).toMatchObject({ on: false, level: 'bucket' });
  });
});
