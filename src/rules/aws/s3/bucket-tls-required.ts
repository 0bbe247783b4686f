import { defineRule } from '../../../core/index.js';
import { decided, requiresSecureTransport } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-tls-required',
    title: 'S3 bucket policies deny requests that do not use TLS',
    severity: 'medium',
    provider: 'aws',
    service: 's3',
    resourceTypes: ['aws.s3.bucket'],
    description:
      'Checks that the bucket policy has a Deny statement for all principals and all S3 actions (`s3:*` or `*`) under the condition ' +
      '`"Bool": {"aws:SecureTransport": "false"}` (CIS AWS Foundations). A bucket without a policy fails.',
    risk: 'S3 still answers plain HTTP. Without the deny, a misconfigured client or SDK sends data and credentials-signed requests in clear text that can be read or altered on the way.',
    remediation: {
      text: 'Add a statement that denies every S3 action on the bucket and its objects when aws:SecureTransport is false.',
      cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'\n# merge with the existing statements of the policy',
      terraform: 'statement {\n  sid       = "DenyInsecureTransport"\n  effect    = "Deny"\n  actions   = ["s3:*"]\n  resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "Bool"\n    variable = "aws:SecureTransport"\n    values   = ["false"]\n  }\n}',
      cloudformation: '- Sid: DenyInsecureTransport\n  Effect: Deny\n  Principal: "*"\n  Action: s3:*\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    Bool:\n      aws:SecureTransport: false',
      console: 'S3 > bucket > Permissions > Bucket policy > Edit > add the DenyInsecureTransport statement',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html', 'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.fail('The bucket has no policy, so plain HTTP requests are not denied', 'policy');
    const v = decided(requiresSecureTransport(policy), 'policy');
    if (v.verdict === 'enforced') return ctx.pass(v.reasons.join('; '), 'policy');
    return ctx.fail('The bucket policy does not deny requests made without TLS (aws:SecureTransport false)', 'policy');
  },
});
