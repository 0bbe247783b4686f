import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-distribution-tls-version',
    title: 'CloudFront distributions with custom certificates require TLS 1.2 or later',
    severity: 'medium',
    provider: 'aws',
    service: 'cloudfront',
    resourceTypes: ['aws.cloudfront.distribution'],
    description:
      'Checks that distributions serving a custom domain certificate set a minimum viewer protocol version of TLSv1.2_2018 or newer. Distributions on the default *.cloudfront.net certificate cannot choose and are not judged.',
    risk:
      'Minimum versions such as TLSv1 or TLSv1.1_2016 let viewers negotiate outdated protocol versions and weak ciphers, exposing traffic to downgrade attacks.',
    remediation: {
      text: "Choose the TLSv1.2_2021 security policy (or newer) on the distribution's viewer certificate settings.",
      cli: 'aws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://config.json  # ViewerCertificate.MinimumProtocolVersion = TLSv1.2_2021',
      terraform: 'resource "aws_cloudfront_distribution" "this" {\n  # ...\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}',
      cloudformation: 'Type: AWS::CloudFront::Distribution\nProperties:\n  DistributionConfig:\n    ViewerCertificate:\n      AcmCertificateArn: !Ref Certificate\n      SslSupportMethod: sni-only\n      MinimumProtocolVersion: TLSv1.2_2021',
      console: 'CloudFront > Distributions > distribution > General > Settings > Edit > Security policy: TLSv1.2_2021 > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('cloudFrontDefaultCertificate')) return ctx.notApplicable('The distribution uses the default CloudFront certificate, whose TLS settings cannot be changed');
    const version = ctx.string('minimumProtocolVersion') ?? 'TLSv1';
    if (/^TLSv1\.[23]_/.test(version)) return ctx.pass(`Viewers must use ${version} or later`, 'minimumProtocolVersion');
    return ctx.fail(`The minimum viewer protocol ${version} accepts TLS versions older than 1.2`, 'minimumProtocolVersion');
  },
});
