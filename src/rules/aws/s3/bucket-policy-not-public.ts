import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';
import { flagState } from './public-access-helpers.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-policy-not-public',
    title: 'S3 bucket policies do not grant access to everyone',
    severity: 'critical',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks the bucket policy for Allow statements open to any principal (`"*"`, `{"AWS": "*"}` or NotPrincipal) that no condition ' +
      'ties to known networks or callers (aws:SourceIp, aws:SourceVpce, aws:SourceVpc, aws:PrincipalOrgID, aws:PrincipalAccount, ' +
      'aws:SourceArn, aws:SourceAccount, aws:userid...) and no Deny cancels. Such a policy has no effect while RestrictPublicBuckets ' +
      'applies to the bucket (at bucket level, or at account level for live accounts), so the bucket then passes.',
    risk:
      'A public bucket policy exposes the objects (or the right to write and delete them) to anyone on the internet; public buckets are ' +
      'found by automated scanners within hours and are a leading cause of data breaches.',
    remediation: {
      text:
        'Remove the open statement or limit it with a condition naming your VPC endpoint, source network or organisation. For public ' +
        'websites, serve the content through CloudFront with origin access control and keep the bucket private. Turn on Block Public Access.',
      cli: 'aws s3api get-bucket-policy --bucket BUCKET\naws s3api put-bucket-policy --bucket BUCKET --policy file://private-policy.json\naws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.this.arn}/*"]\n  principals {\n    type        = "Service"\n    identifiers = ["cloudfront.amazonaws.com"]\n  }\n  condition {\n    test     = "StringEquals"\n    variable = "aws:SourceArn"\n    values   = [aws_cloudfront_distribution.this.arn]\n  }\n}',
      cloudformation: 'PolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal:\n        Service: cloudfront.amazonaws.com\n      Action: s3:GetObject\n      Resource: !Sub "${Bucket.Arn}/*"\n      Condition:\n        StringEquals:\n          aws:SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${Distribution}"',
      console: 'S3 > bucket > Permissions > Bucket policy > Edit: remove or restrict the statements with Principal "*"',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html'],
    sources: ['live', 'iac'],
    tags: ['public-access'],
  },
  check(ctx) {
    const v = decided(analyzeResourcePolicy(ctx.get('policy') ?? null), 'policy');
    if (v.verdict === 'not-public') return ctx.pass('The bucket policy grants nothing to anonymous or arbitrary principals', 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`Open statements are limited by conditions: ${v.reasons.join('; ')}`, 'policy');
    const restrict = flagState(ctx, 'restrictPublicBuckets');
    if (restrict.on) return ctx.pass(`The policy is public but RestrictPublicBuckets (${restrict.level} level) keeps outsiders out: ${v.reasons.join('; ')}`, 'policy');
    return ctx.fail(`The bucket policy is public: ${v.reasons.join('; ')}`, 'policy');
  },
});
