import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-tls-policy',
    title: 'OpenSearch domain endpoints refuse TLS versions older than 1.2',
    severity: 'medium',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      'Checks that the TLS security policy of the domain endpoint requires TLS 1.2 or later. The policy Policy-Min-TLS-1-0-2019-07 also accepts TLS 1.0 and 1.1.',
    risk:
      'Clients that can be pushed down to TLS 1.0 or 1.1 are exposed to the known weaknesses of those protocol versions and their cipher suites.',
    remediation: {
      text: 'Select Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07 for older clients) on the domain endpoint.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  DomainEndpointOptions:\n    EnforceHTTPS: true\n    TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10',
      console: 'OpenSearch Service > Domains > domain > Actions > Edit security configuration > TLS security policy > Save changes',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.string('tlsSecurityPolicy') ?? 'Policy-Min-TLS-1-0-2019-07';
    if (/TLS-1-[01]-/.test(policy)) return ctx.fail(`TLS security policy ${policy} still accepts TLS 1.0 and 1.1`, 'tlsSecurityPolicy');
    return ctx.pass(`TLS security policy ${policy} requires TLS 1.2 or later`, 'tlsSecurityPolicy');
  },
});
