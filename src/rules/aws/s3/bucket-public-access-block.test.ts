import { absentAttr, iacResource, liveResource, unknownAttr, unresolvedAttr } from '../../../core/fixtures.js';
import { testRule } from '../../testing.js';
import rule from './bucket-public-access-block.js';

const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const ACLS_ONLY = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false };
const POLICY_ONLY = { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: true };

const account = (pab: Parameters<typeof liveResource>[2][string], accountId = '123456789012') =>
  liveResource('aws.s3.account-settings', `s3-settings-${accountId}`, { publicAccessBlock: pab }, { account: accountId });

testRule(rule, {
  fail: [
    {
      name: 'live bucket without configuration in an account without configuration',
      resource: liveResource('aws.s3.bucket', 'open', { publicAccessBlock: null }),
      others: [account(null)],
      message: /no bucket-level .*off at account level: blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets/,
    },
    {
      name: 'live bucket with ACL flags only, account covers ACL flags only',
      resource: liveResource('aws.s3.bucket', 'partial', { publicAccessBlock: ACLS_ONLY }),
      others: [account(ACLS_ONLY)],
      message: /off at bucket level: blockPublicPolicy, restrictPublicBuckets\); off at account level too: blockPublicPolicy, restrictPublicBuckets/,
    },
    {
      name: 'account settings of another account do not count',
      resource: liveResource('aws.s3.bucket', 'other-account', { publicAccessBlock: POLICY_ONLY }),
      others: [account(ALL_ON, '999999999999'), account(POLICY_ONLY)],
      message: /blockPublicAcls, ignorePublicAcls/,
    },
    {
      name: 'IaC bucket without a public access block points at the resource',
      resource: iacResource('aws.s3.bucket', 'tf', {}, { location: { file: 'main.tf', line: 4 } }),
      line: 4,
      message: /no bucket-level/,
    },
    {
      name: 'IaC bucket with one flag off points at that flag',
      resource: iacResource('aws.s3.bucket', 'tf2', { publicAccessBlock: { ...ALL_ON, restrictPublicBuckets: false } }, {
        location: { file: 'main.tf', line: 10 },
        attributeLines: { publicAccessBlock: { file: 'main.tf', line: 20 }, 'publicAccessBlock.restrictPublicBuckets': { file: 'main.tf', line: 24 } },
      }),
      line: 24,
      message: /off at bucket level: restrictPublicBuckets/,
    },
    {
      name: 'IaC bucket: an account block declared elsewhere does not count',
      resource: iacResource('aws.s3.bucket', 'tf3', { publicAccessBlock: ACLS_ONLY }),
      others: [iacResource('aws.s3.account-settings', 'acct', { publicAccessBlock: ALL_ON })],
    },
  ],
  pass: [
    { name: 'live bucket with all four on', resource: liveResource('aws.s3.bucket', 'locked', { publicAccessBlock: ALL_ON }), message: /for the bucket/ },
    { name: 'IaC bucket with all four on', resource: iacResource('aws.s3.bucket', 'tf-locked', { publicAccessBlock: ALL_ON }) },
    {
      name: 'live bucket without configuration, account has all four on',
      resource: liveResource('aws.s3.bucket', 'covered', { publicAccessBlock: null }),
      others: [account(ALL_ON)],
      message: /account-level settings turn them on/,
      tolerateUnknown: { publicAccessBlock: 'S3 enforces the stricter level, and the account turns all four on' },
    },
    {
      name: 'bucket policy flags plus account ACL flags make four',
      resource: liveResource('aws.s3.bucket', 'combined', { publicAccessBlock: POLICY_ONLY }),
      others: [account(ACLS_ONLY)],
      message: /off at bucket level: blockPublicAcls, ignorePublicAcls, but the account-level/,
    },
    {
      name: 'bucket settings unreadable but the account turns all four on',
      resource: liveResource('aws.s3.bucket', 'denied-covered', { publicAccessBlock: unknownAttr('s3:GetBucketPublicAccessBlock') }),
      others: [account(ALL_ON)],
      message: /s3:GetBucketPublicAccessBlock/,
      tolerateUnknown: { publicAccessBlock: 'S3 enforces the stricter level, and the account turns all four on' },
    },
  ],
  unknown: [
    {
      name: 'bucket settings denied and account only partly on',
      resource: liveResource('aws.s3.bucket', 'denied', { publicAccessBlock: unknownAttr('s3:GetBucketPublicAccessBlock') }),
      others: [account(ACLS_ONLY)],
      cause: 's3:GetBucketPublicAccessBlock AccessDenied',
    },
    {
      name: 'bucket settings denied and account settings denied',
      resource: liveResource('aws.s3.bucket', 'denied2', { publicAccessBlock: unknownAttr('s3:GetBucketPublicAccessBlock') }),
      others: [account(unknownAttr('s3:GetAccountPublicAccessBlock'))],
      cause: 's3:GetBucketPublicAccessBlock AccessDenied',
    },
    {
      name: 'partial bucket settings and account settings denied',
      resource: liveResource('aws.s3.bucket', 'acct-denied', { publicAccessBlock: ACLS_ONLY }),
      others: [account(unknownAttr('s3:GetAccountPublicAccessBlock'))],
      cause: 's3:GetAccountPublicAccessBlock AccessDenied',
    },
    {
      name: 'no bucket configuration and account settings never collected',
      resource: liveResource('aws.s3.bucket', 'acct-missing', { publicAccessBlock: absentAttr }),
      cause: 'were not collected',
    },
    { name: 'live bucket where the block was never collected', resource: liveResource('aws.s3.bucket', 'gap', {}), cause: 'not collected' },
    {
      name: 'IaC block from an unresolved variable',
      resource: iacResource('aws.s3.bucket', 'tf-var', { publicAccessBlock: unresolvedAttr('var.public_access') }),
      cause: 'var.public_access',
    },
  ],
});
