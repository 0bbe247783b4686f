import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes, createContext } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import type { Resource } from '../../../core/index.js';
import { isAwsManagedAlias, judgeKey } from './customer-key.js';

const types = builtinResourceTypes();
function verdict(r: Resource, others: Resource[] = []) {
  return judgeKey(createContext(r, types.get(r.type), new Inventory([r, ...others]), []), 'kmsMasterKeyId');
}

describe('judgeKey', () => {
  it('recognises AWS managed aliases in every form', () => {
    expect(isAwsManagedAlias('alias/aws/sns')).toBe(true);
    expect(isAwsManagedAlias('arn:aws:kms:us-east-1:111122223333:alias/aws/sqs')).toBe(true);
    expect(isAwsManagedAlias('alias/aws-team-key')).toBe(false);
  });
  it('absent or empty keys are no key', () => {
    expect(verdict(iacResource('aws.sns.topic', 't', {})).kind).toBe('none');
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: '' })).kind).toBe('none');
  });
  it('a key of the scanned inventory is judged by its manager', () => {
    const key = liveResource('aws.kms.key', 'abcd-1234', { keyManager: 'AWS' }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' });
    expect(verdict(liveResource('aws.sns.topic', 't', { kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' }), [key]).kind).toBe('aws-managed');
    const mine = liveResource('aws.kms.key', 'abcd-1234', { keyManager: 'CUSTOMER' }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' });
    expect(verdict(liveResource('aws.sns.topic', 't', { kmsMasterKeyId: 'abcd-1234' }), [mine]).kind).toBe('customer');
  });
  it('picks the first scanned key that matches by uid, name or last path segment', () => {
    const uidOf = (id: string) => `arn:aws:kms:us-east-1:123456789012:key/${id}`;
    const awsKey = liveResource('aws.kms.key', 'first', { keyManager: 'AWS' }, { uid: uidOf('k1') });
    const ownKey = liveResource('aws.kms.key', 'k1', { keyManager: 'CUSTOMER' }, { uid: uidOf('k2') });
    // `alias/k1` matches the first key by the end of its uid before the second by its name.
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: 'alias/k1' }), [awsKey, ownKey]).kind).toBe('aws-managed');
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: 'alias/k1' }), [ownKey, awsKey]).kind).toBe('customer');
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: uidOf('k2') }), [awsKey, ownKey]).kind).toBe('customer');
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: 'first' }), [ownKey, awsKey]).kind).toBe('aws-managed');
  });
  it('an unknown key manager is an error, not a guess', () => {
    const key = liveResource('aws.kms.key', 'abcd-1234', { keyManager: unknownAttr('kms:DescribeKey') }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/abcd-1234' });
    expect(() => verdict(liveResource('aws.sns.topic', 't', { kmsMasterKeyId: 'abcd-1234' }), [key])).toThrow(/kms:DescribeKey/);
  });
  it('a live key of the same account missing from the scanned KMS keys is unknown, not customer managed', () => {
    const topic = (key: string) => liveResource('aws.sns.topic', 't', { kmsMasterKeyId: key }, { uid: 'arn:aws:sns:us-east-1:123456789012:t' });
    // AWS APIs name the default aws/kafka, aws/rds ... keys by ARN; without the KMS scan nothing tells them apart.
    expect(() => verdict(topic('arn:aws:kms:us-east-1:123456789012:key/0f00-default'))).toThrow(/not among the scanned KMS keys/);
    expect(() => verdict(topic('0f00-default'))).toThrow(/include the kms service/);
    // AWS managed keys always live in the resource's own account: another account's key is a customer key.
    expect(verdict(topic('arn:aws:kms:us-east-1:999988887777:key/central')).kind).toBe('customer');
    const scanned = liveResource('aws.kms.key', '0f00-default', { keyManager: 'CUSTOMER' }, { uid: 'arn:aws:kms:us-east-1:123456789012:key/0f00-default' });
    expect(verdict(topic('arn:aws:kms:us-east-1:123456789012:key/0f00-default'), [scanned]).kind).toBe('customer');
  });
  it('any other written key is customer managed', () => {
    expect(verdict(iacResource('aws.sns.topic', 't', { kmsMasterKeyId: 'aws_kms_key.k.arn' })).kind).toBe('customer');
  });
});
