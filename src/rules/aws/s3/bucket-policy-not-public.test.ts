import type { JsonValue } from '../../../core/index.js';
import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-policy-not-public.js';

const B = 'aws.s3.bucket';
const stmt = (extra: Record<string, JsonValue>): JsonValue => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...extra }] });
const open = stmt({ Principal: '*' });
const account = (on: boolean) => liveResource('aws.s3.account-settings', 'acct', { publicAccessBlock: { restrictPublicBuckets: on } });

testRule(rule, {
  fail: [
    { name: 'live anonymous read, nothing restricts it', resource: liveResource(B, 'b1', { policy: open, publicAccessBlock: null }), others: [account(false)], message: 'public' },
    { name: 'IaC policy with AWS "*"', resource: iacResource(B, 'b2', { policy: stmt({ Principal: { AWS: '*' } }) }, { attributeLines: { policy: { file: 'main.tf', line: 12 } } }), line: 12 },
  ],
  pass: [
    { name: 'own account only', resource: liveResource(B, 'b3', { policy: stmt({ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }) }) },
    { name: 'open but limited to a VPC endpoint', resource: iacResource(B, 'b4', { policy: stmt({ Principal: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }) }), message: 'limited by conditions' },
    { name: 'public policy neutralised by RestrictPublicBuckets', resource: liveResource(B, 'b5', { policy: open, publicAccessBlock: { restrictPublicBuckets: true } }), message: 'RestrictPublicBuckets' },
    { name: 'no policy', resource: iacResource(B, 'b6', {}) },
  ],
  unknown: [
    { name: 'GetBucketPolicy denied', resource: liveResource(B, 'b7', { policy: unknownAttr('s3:GetBucketPolicy') }), cause: 's3:GetBucketPolicy' },
    { name: 'policy from a data source', resource: iacResource(B, 'b8', { policy: unresolvedAttr('data.aws_iam_policy_document.p.json') }), cause: 'data.aws_iam_policy_document.p.json' },
    { name: 'public policy, Block Public Access unreadable', resource: liveResource(B, 'b9', { policy: open, publicAccessBlock: unknownAttr('s3:GetPublicAccessBlock') }), cause: 's3:GetPublicAccessBlock' },
  ],
});
