import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-distribution-waf',
    title: 'CloudFront distributions are protected by AWS WAF',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    description:
      'Checks that a web ACL of AWS WAF is associated with the distribution, so requests are filtered at the edge before they reach the origin.',
    risk:
      'Without a web ACL the distribution forwards SQL injection, cross-site scripting, bot traffic and request floods straight to the origin, with nothing at the edge to block or rate-limit them.',
    remediation: {
      text: 'Create a WAF web ACL in us-east-1 with the AWS managed rule groups that fit the application (core rule set, known bad inputs, IP reputation, rate limiting) and associate it with the distribution.',
      cli: 'aws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://config.json  # WebACLId = WEB_ACL_ARN',
      terraform: 'resource "aws_cloudfront_distribution" "this" {\n  # ...\n  web_acl_id = aws_wafv2_web_acl.edge.arn\n}',
      cloudformation: 'Type: AWS::CloudFront::Distribution\nProperties:\n  DistributionConfig:\n    WebACLId: !GetAtt EdgeWebAcl.Arn',
      console: 'CloudFront > Distributions > distribution > Security > Edit > Enable security protections (or choose an existing web ACL) > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const acl = ctx.string('webAclId');
    if (acl === undefined || acl === '') return ctx.fail('No AWS WAF web ACL is associated with the distribution', 'webAclId');
    return ctx.pass(`Web ACL ${acl} filters requests to the distribution`, 'webAclId');
  },
});
