import { describe, expect, it } from 'vitest';
import { UnknownEvidenceError } from '../../../core/index.js';
import type { JsonValue } from '../../../core/index.js';
import { coversS3 } from './data-events.js';

const basic = (rw: string, values: JsonValue[]): JsonValue => ({ eventSelectors: [{ ReadWriteType: rw, DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }] });
const marker: JsonValue = { $unknown: { kind: 'unresolved', expression: 'var.selectors', message: 'unresolved' } };

describe('S3 data event coverage', () => {
  it('reads basic selectors by access kind and bucket scope', () => {
    expect(coversS3(basic('All', ['arn:aws:s3']), 'read', 'p')).toBe(true);
    expect(coversS3(basic('WriteOnly', ['arn:aws:s3:::']), 'write', 'p')).toBe(true);
    expect(coversS3(basic('WriteOnly', ['arn:aws:s3']), 'read', 'p')).toBe(false);
    expect(coversS3(basic('All', ['arn:aws:s3:::one-bucket/']), 'write', 'p')).toBe(false);
    expect(coversS3(basic('All', ['arn:aws-us-gov:s3']), 'write', 'p')).toBe(true);
    expect(coversS3(undefined, 'write', 'p')).toBe(false);
  });
  it('reads advanced selectors, rejecting ones narrowed by ARN or event name', () => {
    const adv = (extra: JsonValue[]): JsonValue => ({ advancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, ...extra] }] });
    expect(coversS3(adv([]), 'read', 'p')).toBe(true);
    expect(coversS3(adv([{ Field: 'readOnly', Equals: ['true'] }]), 'write', 'p')).toBe(false);
    expect(coversS3(adv([{ Field: 'eventName', Equals: ['PutObject'] }]), 'write', 'p')).toBe(false);
    expect(coversS3(adv([{ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::b/'] }]), 'write', 'p')).toBe(false);
  });
  it('stops on an unknown selector only when nothing else covers', () => {
    expect(() => coversS3({ eventSelectors: [marker] }, 'write', 'eventSelectors')).toThrow(UnknownEvidenceError);
    expect(coversS3({ eventSelectors: [marker, ...((basic('All', ['arn:aws:s3']) as { eventSelectors: JsonValue[] }).eventSelectors)] }, 'write', 'p')).toBe(true);
  });
});
