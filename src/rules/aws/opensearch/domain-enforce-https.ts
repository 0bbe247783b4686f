import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-enforce-https',
    title: 'OpenSearch domains accept HTTPS requests only',
    severity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      'Checks that the domain endpoint requires HTTPS, refusing plain HTTP requests.',
    risk:
      'Over plain HTTP the queries, documents and any credentials sent to the domain travel unencrypted and can be captured or tampered with on the way.',
    remediation: {
      text: 'Require HTTPS on the domain endpoint and pick a TLS 1.2 security policy at the same time.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  DomainEndpointOptions:\n    EnforceHTTPS: true\n    TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10',
      console: 'OpenSearch Service > Domains > domain > Actions > Edit security configuration > Require HTTPS for all traffic to the domain',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('enforceHttps')) return ctx.pass('The domain requires HTTPS', 'enforceHttps');
    return ctx.fail('The domain accepts plain HTTP requests', 'enforceHttps');
  },
});
