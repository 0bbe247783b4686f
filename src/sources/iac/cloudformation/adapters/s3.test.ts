import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes, readPath, validateValue } from '../../../../core/index.js';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const FILE = 'test/fixtures/cloudformation/s3-bucket.yaml';
const content = readFileSync(new URL(`../../../../../${FILE}`, import.meta.url), 'utf8');
const lineOf = (text: string, from = 0) => content.split('\n').findIndex((l, i) => i >= from && l.includes(text)) + 1;

function scan(params: Record<string, string> = {}) {
  const all = scanCloudFormation([{ path: FILE, content }], { parameters: params });
  const r = { ...all, resources: all.resources.filter((x) => x.type === 'aws.s3.bucket') };
  const byName = new Map(r.resources.map((x) => [x.provenance.address, x]));
  return { ...r, get: (id: string) => byName.get(id) as Resource };
}

describe('AWS::S3::Bucket adapter', () => {
  it('builds one aws.s3.bucket per bucket, with uid, name, tags and location', () => {
    const { resources, issues, get } = scan();
    expect(issues).toEqual([]);
    expect(resources.map((r) => r.provenance.address)).toEqual(['DataBucket', 'PlainBucket', 'NamedBucket']);
    const b = get('DataBucket');
    expect(b).toMatchObject({
      uid: `cloudformation:${FILE}#DataBucket`,
      type: 'aws.s3.bucket',
      name: 'data-prod',
      tags: { env: 'prod' },
      provenance: { kind: 'iac', source: 'cloudformation', address: 'DataBucket', location: { file: FILE, line: lineOf('DataBucket:') } },
    });
  });

  it('maps every bucket setting, with attribute lines', () => {
    const b = scan().get('DataBucket');
    const v = (attr: string) => {
      const ev = b.attributes[attr];
      return ev?.state === 'known' ? ev.value : ev;
    };
    expect(v('publicAccessBlock')).toEqual({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true });
    expect(v('encryption')).toEqual({ enabled: true, type: 'aws:kms', kmsKeyId: '${DataKey.Arn}', bucketKeyEnabled: true });
    expect(v('versioning')).toEqual({ enabled: true, status: 'Enabled' });
    expect(v('acl')).toEqual({ cannedAcl: 'public-read', grants: [{ granteeType: 'Group', granteeUri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }] });
    expect(v('ownershipControls')).toBe('BucketOwnerPreferred');
    expect(v('policy')).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: '*', Resource: '${DataBucket.Arn}/*' }] });
    const lines = b.provenance.attributeLines ?? {};
    expect(lines['versioning.enabled']?.line).toBe(lineOf('Status: !If'));
    expect(lines['publicAccessBlock.blockPublicPolicy']?.line).toBe(lineOf('BlockPublicPolicy'));
    expect(lines['encryption.kmsKeyId']?.line).toBe(lineOf('KMSMasterKeyID'));
    expect(lines['acl']?.line).toBe(lineOf('AccessControl'));
    expect(lines['policy']?.line).toBe(lineOf('PolicyDocument'));
  });

  it('records relationships to resources of the template', () => {
    expect(scan().get('DataBucket').relationships).toEqual([{ kind: 'encrypted-by', target: `cloudformation:${FILE}#DataKey` }]);
    expect(scan().get('PlainBucket').relationships).toBeUndefined();
  });

  it('keeps what depends on an unresolved parameter unknown, naming the expression', () => {
    const logging = scan().get('DataBucket').attributes.logging;
    expect(logging).toMatchObject({ state: 'known', value: { enabled: true, targetPrefix: 'data/', targetBucket: { $unknown: { expression: '!Ref LogBucket' } } } });
    const withParam = scan({ LogBucket: 'central-logs' }).get('DataBucket').attributes.logging;
    expect(withParam).toEqual({ state: 'known', value: { enabled: true, targetBucket: 'central-logs', targetPrefix: 'data/' } });
  });

  it('follows conditions decided by parameters', () => {
    expect(scan({ Env: 'dev' }).get('DataBucket').attributes.versioning).toEqual({ state: 'known', value: { enabled: false, status: 'Suspended' } });
  });

  it('leaves unset settings absent so the provider default applies', () => {
    const plain = scan().get('PlainBucket');
    expect(plain.attributes).toEqual({});
    const type = builtinResourceTypes().get('aws.s3.bucket');
    expect(readPath(plain, 'versioning.enabled', type)).toMatchObject({ value: false, isDefault: true });
    expect(readPath(plain, 'encryption.type', type)).toMatchObject({ value: 'AES256', isDefault: true });
  });

  it('joins a bucket policy by literal bucket name, parsing a JSON policy string', () => {
    const named = scan().get('NamedBucket');
    expect(named.attributes.policy).toMatchObject({ state: 'known', value: { Statement: [{ Effect: 'Deny' }] } });
  });

  it('produces values the type accepts', () => {
    const types = builtinResourceTypes();
    for (const r of scan({ LogBucket: 'x' }).resources) {
      const def = types.get(r.type);
      const problems: string[] = [];
      for (const [k, ev] of Object.entries(r.attributes)) if (ev.state === 'known' && def?.attributes[k]) validateValue(def.attributes[k].type, ev.value, k, problems);
      expect(problems).toEqual([]);
    }
    expect(new Inventory(scan().resources).size).toBe(3);
  });
});
