import { defineRule } from '../../../core/index.js';
import { analyzeCrossAccount, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-policy-cross-account',
    title: 'S3 bucket policies grant access only within the account or organisation',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks the bucket policy for Allow statements naming principals of other AWS accounts (account ids or ARNs) without an ' +
      'aws:PrincipalOrgID or aws:PrincipalOrgPaths condition. Open statements ("*") are the subject of the public-policy rule. ' +
      'Live accounts only: the owning account must be known to tell other accounts apart.',
    risk:
      'Access granted to another account is controlled by whoever runs that account: its users, its credentials and its mistakes. ' +
      'Forgotten grants to former vendors or test accounts are a quiet path for data to leave.',
    remediation: {
      text: 'Review each foreign account in the policy; remove grants that are no longer needed and limit the rest to your organisation (aws:PrincipalOrgID) or to specific roles.',
      cli: 'aws s3api get-bucket-policy --bucket BUCKET --query Policy --output text\naws s3api put-bucket-policy --bucket BUCKET --policy file://reviewed-policy.json',
      console: 'S3 > bucket > Permissions > Bucket policy > Edit; IAM Access Analyzer > Findings lists buckets shared outside the account',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid'],
    sources: ['live'],
  },
  check(ctx) {
    if (ctx.resource.provenance.kind !== 'live') return ctx.notApplicable('The owning account is only known for scanned accounts');
    const v = decided(analyzeCrossAccount(ctx.get('policy') ?? null, ctx.resource.account), 'policy');
    if (v.verdict === 'cross-account') return ctx.fail(`The bucket policy grants other accounts: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'organisation') return ctx.pass(`Other accounts are limited to the organisation: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The bucket policy names no principal of another account', 'policy');
  },
});
