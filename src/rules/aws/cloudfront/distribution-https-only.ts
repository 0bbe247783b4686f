import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-distribution-https-only',
    title: 'CloudFront distributions serve viewers over HTTPS only',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    description:
      'Checks that the default cache behaviour and every ordered cache behaviour of the distribution either redirect HTTP to HTTPS or accept HTTPS only. The policy allow-all serves content over plain HTTP.',
    risk:
      'Content and cookies served over plain HTTP can be read and altered on the way to the viewer, for example to inject scripts into pages or steal session cookies.',
    remediation: {
      text: 'Set the viewer protocol policy of every cache behaviour to redirect-to-https (or https-only for APIs).',
      cli: 'aws cloudfront get-distribution-config --id DIST_ID > dist.json  # set ViewerProtocolPolicy to redirect-to-https in each behaviour\naws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://config.json',
      terraform: 'resource "aws_cloudfront_distribution" "this" {\n  # ...\n  default_cache_behavior {\n    # ...\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}',
      cloudformation: 'Type: AWS::CloudFront::Distribution\nProperties:\n  DistributionConfig:\n    DefaultCacheBehavior:\n      ViewerProtocolPolicy: redirect-to-https',
      console: 'CloudFront > Distributions > distribution > Behaviors > each behavior > Edit > Viewer protocol policy: Redirect HTTP to HTTPS > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const behaviours = ctx.list('viewerProtocolPolicies');
    if (behaviours.length === 0) return ctx.fail('The distribution names no viewer protocol policy', 'viewerProtocolPolicies');
    const open = behaviours.filter((b) => typeof b === 'object' && b !== null && !Array.isArray(b) && b.viewerProtocolPolicy === 'allow-all');
    if (open.length) {
      const paths = open.map((b) => String((b as Record<string, unknown>).pathPattern ?? '?'));
      return ctx.fail(`Cache behaviour${paths.length === 1 ? '' : 's'} ${paths.join(', ')} serve${paths.length === 1 ? 's' : ''} plain HTTP (allow-all)`, 'viewerProtocolPolicies');
    }
    return ctx.pass('Every cache behaviour redirects to or requires HTTPS', 'viewerProtocolPolicies');
  },
});
