import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes, createContext } from '../../../core/index.js';
import type { Resource } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr } from '../../../core/fixtures.js';
import { logDestinationReason, mentions } from './log-destination.js';

const types = builtinResourceTypes();
function reason(bucket: Resource, others: Resource[] = []): string | undefined {
  const inv = new Inventory([bucket, ...others]);
  return logDestinationReason(createContext(bucket, types.get(bucket.type), inv, []));
}

describe('logDestinationReason', () => {
  it('recognises the log delivery ACL and the logging service in the policy', () => {
    const acl = { grants: [{ granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/s3/LogDelivery', permission: 'WRITE' }] };
    expect(reason(liveResource('aws.s3.bucket', 'a', { acl, policy: null }))).toMatch(/ACL/);
    const policy = { Statement: [{ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::a/*' }] };
    expect(reason(liveResource('aws.s3.bucket', 'a', { acl: { grants: [] }, policy }))).toMatch(/policy/);
  });

  it('recognises a bucket named as another bucket\'s log target, by name or by relationship', () => {
    const target = iacResource('aws.s3.bucket', 'logs', {}, { uid: 'terraform:.#aws_s3_bucket.logs' });
    expect(reason(target, [iacResource('aws.s3.bucket', 'app', { logging: { enabled: true, targetBucket: 'logs' } })])).toContain('bucket app');
    const source = iacResource('aws.s3.bucket', 'web', {}, { uid: 'terraform:.#aws_s3_bucket.web' });
    source.relationships = [{ kind: 'logs-to', target: target.uid }];
    expect(reason(target, [source])).toContain('bucket web');
  });

  it('says nothing for an ordinary bucket, or when the settings cannot be read', () => {
    expect(reason(liveResource('aws.s3.bucket', 'plain', { acl: { grants: [] }, policy: null }))).toBeUndefined();
    expect(reason(liveResource('aws.s3.bucket', 'denied', { acl: unknownAttr('s3:GetBucketAcl'), policy: unknownAttr('s3:GetBucketPolicy') }))).toBeUndefined();
  });

  it('finds a text in keys and strings as a search of the JSON text would', () => {
    const text = 'logging.s3.amazonaws.com';
    const values: unknown[] = [
      undefined,
      null,
      true,
      42,
      text,
      `x\n"${text}"`,
      { Statement: [{ Principal: { Service: text } }] },
      { Statement: [{ Principal: { Service: ['a', `arn:${text}:x`] } }] },
      { [text]: 1 },
      { [text]: undefined, other: 'no' },
      { Statement: [{ Principal: { Service: 'logging.s3.amazonaws.co' } }, null, [1, 'logging s3']] },
      { $unknown: { kind: 'unresolved', expression: `var.${text}`, message: 'x' } },
    ];
    for (const v of values) expect(mentions(v as never, text)).toBe(v !== undefined && JSON.stringify(v).includes(text));
  });
});
