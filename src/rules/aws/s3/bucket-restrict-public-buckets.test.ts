import { iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-restrict-public-buckets.js';

const B = 'aws.s3.bucket';
const account = (on: boolean) => liveResource('aws.s3.account-settings', 'acct', { publicAccessBlock: { restrictPublicBuckets: on } });

testRule(rule, {
  fail: [
    { name: 'live bucket and account both off', resource: liveResource(B, 'b1', { publicAccessBlock: { restrictPublicBuckets: false } }), others: [account(false)], message: 'for the account' },
    { name: 'IaC bucket without a public access block', resource: iacResource(B, 'b2', {}, { location: { file: 'main.tf', line: 1 } }), line: 1 },
    { name: 'IaC bucket with the switch off', resource: iacResource(B, 'b3', { publicAccessBlock: { restrictPublicBuckets: false } }, { attributeLines: { 'publicAccessBlock.restrictPublicBuckets': { file: 'main.tf', line: 7 } } }), line: 7 },
  ],
  pass: [
    { name: 'live bucket with the switch on', resource: liveResource(B, 'b4', { publicAccessBlock: { restrictPublicBuckets: true } }) },
    {
      name: 'live bucket covered by the account',
      resource: liveResource(B, 'b5', { publicAccessBlock: null }),
      others: [account(true)],
      message: 'account level',
      tolerateUnknown: { publicAccessBlock: 'the account-level switch covers an unreadable bucket setting' },
    },
    { name: 'IaC bucket with the switch on', resource: iacResource(B, 'b6', { publicAccessBlock: { restrictPublicBuckets: true } }) },
  ],
  unknown: [
    { name: 'GetPublicAccessBlock denied, account off', resource: liveResource(B, 'b7', { publicAccessBlock: unknownAttr('s3:GetPublicAccessBlock') }), others: [account(false)], cause: 's3:GetPublicAccessBlock' },
    { name: 'bucket off, account settings not collected', resource: liveResource(B, 'b8', { publicAccessBlock: null }), cause: 'were not collected' },
    { name: 'IaC switch from a variable', resource: iacResource(B, 'b9', { publicAccessBlock: unresolvedAttr('var.block') }), cause: 'var.block' },
  ],
});
