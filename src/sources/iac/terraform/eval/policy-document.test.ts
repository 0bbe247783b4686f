import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes, isUnknownMarker } from '../../../../core/index.js';
import { evaluate } from '../../../../engine/index.js';
import { builtinRules } from '../../../../rules/index.js';
import { scanTerraform } from '../index.js';
import { policyDocumentJson } from './policy-document.js';
import { Ref } from './values.js';

function scan(tf: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-pd-'));
  writeFileSync(join(dir, 'main.tf'), tf);
  return scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content: tf, root: dir }]);
}

describe('data "aws_iam_policy_document"', () => {
  it('renders statements, principals and conditions as AWS writes them', () => {
    const json = policyDocumentJson({
      statement: [
        { sid: 'Read', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'], principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] }], condition: [{ test: 'StringEquals', variable: 'aws:PrincipalOrgID', values: ['o-abc'] }] },
        { effect: 'Deny', actions: ['s3:*'], resources: ['*'], principals: [{ type: '*', identifiers: ['*'] }] },
      ],
    });
    expect(JSON.parse(json as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'], Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abc'] } } },
        { Effect: 'Deny', Action: ['s3:*'], Resource: ['*'], Principal: '*' },
      ],
    });
  });

  it('keeps a reference known only after apply as an unknown part, the rest judgeable', () => {
    const json = policyDocumentJson({ statement: [{ actions: ['s3:GetObject'], resources: [new Ref('aws_s3_bucket.b', 'aws_s3_bucket.b', 'arn')], principals: [{ type: '*', identifiers: ['*'] }] }] });
    expect(typeof json).toBe('string');
    expect(json as string).toContain('"Principal":"*"');
  });

  it('lets the bucket policy rule see a public bucket policy built from a policy document', () => {
    const r = scan(`
resource "aws_s3_bucket" "site" {
  bucket = "site"
}
data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.public.json
}
`);
    const bucket = r.resources.find((x) => x.type === 'aws.s3.bucket');
    const policy = bucket?.attributes.policy;
    expect(policy?.state).toBe('known');
    expect(isUnknownMarker(policy?.state === 'known' ? policy.value : null)).toBe(false);
    const { findings } = evaluate(new Inventory(r.resources), { rules: builtinRules(), types: builtinResourceTypes(), filter: { include: ['aws-s3-bucket-policy-not-public'] } });
    expect(findings[0]?.status, findings[0]?.message).toBe('FAIL');
  });

  it('says unknown, not a guess, when documents are merged from others', () => {
    expect(policyDocumentJson({ source_policy_documents: ['{}'], statement: [] })).toMatchObject({ reason: expect.stringContaining('merged') });
  });
});
