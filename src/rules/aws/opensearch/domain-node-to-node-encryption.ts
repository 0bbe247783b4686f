import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-node-to-node-encryption',
    title: 'OpenSearch domains encrypt traffic between nodes',
    severity: 'medium',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      "Checks that node-to-node encryption is on, so that the nodes of the domain talk to each other over TLS inside the service's network.",
    risk:
      'Without it search requests, results and replicated shards move between nodes in clear text, and fine-grained access control cannot be enabled.',
    remediation: {
      text: 'Enable node-to-node encryption (OpenSearch or Elasticsearch 6.0 or later); it cannot be turned off afterwards.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --node-to-node-encryption-options Enabled=true',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  node_to_node_encryption {\n    enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  NodeToNodeEncryptionOptions:\n    Enabled: true',
      console: 'OpenSearch Service > Domains > domain > Actions > Edit security configuration > Node-to-node encryption',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('nodeToNodeEncryptionEnabled')) return ctx.pass("Traffic between the domain's nodes is encrypted", 'nodeToNodeEncryptionEnabled');
    return ctx.fail("Traffic between the domain's nodes is not encrypted", 'nodeToNodeEncryptionEnabled');
  },
});
