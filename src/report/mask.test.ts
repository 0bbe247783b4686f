import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../core/index.js';
import { MASK, isSecretPath, maskEvidence, maskSecrets, maskValue } from './mask.js';

describe('maskSecrets', () => {
  it('masks AWS access key ids, keeping the prefix that says which kind', () => {
    expect(maskSecrets('key AKIAIOSFODNN7EXAMPLE in use')).toBe('key AKIA**************** in use');
    expect(maskSecrets('ASIAY34FZKBOKMUTVV7A')).toBe('ASIA****************');
  });

  it('masks long random base64 tokens', () => {
    expect(maskSecrets('secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(`secret=${MASK}`);
    expect(maskSecrets('Xk9vQ2mP7rT4wZ8bN1cF6hJ3sD5gL0aEyU+iO2qW')).toBe(MASK);
    expect(maskSecrets('token: Zm9vYmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A=')).toBe(`token: ${MASK}`);
  });

  it('catches nearly every random 40-character secret key', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let masked = 0;
    for (let i = 0; i < 500; i++) {
      // Deterministic pseudo-random bytes, so the test never flickers.
      const bytes = createHash('sha512').update(`key-${i}`).digest();
      let key = '';
      for (let j = 0; j < 40; j++) key += alphabet[(bytes[j] ?? 0) % 64];
      if (maskSecrets(key) === MASK) masked++;
    }
    expect(masked).toBeGreaterThanOrEqual(490);
  });

  it('leaves identifiers a report must show', () => {
    const keep = [
      'arn:aws:s3:::company-customer-data',
      'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'ef8028cdfb7876dac58c6ee55633a9bc',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'logs/2024/AWSLogs/123456789012/CloudTrail/us-east-1',
      'prod-stack-LogsBucket-1XYZ9ABCDEF12',
      'MyVeryLongCloudFormationStackNameResource1234',
      'module.reports.aws_s3_bucket.this["eu"]',
      'sg-0123456789abcdef0',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    ];
    for (const k of keep) expect(maskSecrets(k)).toBe(k);
  });

  it('is idempotent', () => {
    const once = maskSecrets('AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(maskSecrets(once)).toBe(once);
  });
});

describe('maskValue and maskEvidence', () => {
  it('hides whole values under secret-looking keys, at any depth', () => {
    const v = maskValue({ env: { DB_PASSWORD: 'hunter2', REGION: 'eu-west-1', nested: [{ apiKey: 'short' }] }, count: 3, on: true, none: null });
    expect(v).toEqual({ env: { DB_PASSWORD: MASK, REGION: 'eu-west-1', nested: [{ apiKey: MASK }] }, count: 3, on: true, none: null });
  });

  it('treats the evidence path as a key', () => {
    expect(isSecretPath('environment.variables.DB_PASSWORD')).toBe(true);
    expect(isSecretPath('other-uid#secretString')).toBe(true);
    expect(isSecretPath('versioning.enabled')).toBe(false);
    const records: EvidenceRecord[] = [
      { path: 'masterPassword', state: 'known', value: 'correct horse battery staple' },
      { path: 'userData', state: 'known', value: 'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE' },
      { path: 'versioning.enabled', state: 'absent', isDefault: true, value: false },
      { path: 'policy', state: 'unknown', cause: { kind: 'api-error', message: 'denied for AKIAIOSFODNN7EXAMPLE' } },
    ];
    const masked = maskEvidence(records);
    expect(masked[0]?.value).toBe(MASK);
    expect(masked[1]?.value).toBe('export AWS_ACCESS_KEY_ID=AKIA****************');
    expect(masked[2]).toEqual(records[2]);
    expect(masked[3]?.cause?.message).toBe('denied for AKIA****************');
  });

  it('does not change its input', () => {
    const records: EvidenceRecord[] = [{ path: 'token', state: 'known', value: 'abc' }];
    maskEvidence(records);
    expect(records[0]?.value).toBe('abc');
  });

  it('keeps empty strings, so "no password set" still reads as empty', () => {
    expect(maskValue({ password: '' })).toEqual({ password: '' });
  });
});
