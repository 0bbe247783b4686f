import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-encrypted-at-rest',
    title: 'OpenSearch domains encrypt data at rest',
    severity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      'Checks that encryption at rest is enabled for the OpenSearch Service (or Elasticsearch) domain, covering indices, logs, swap files and automated snapshots.',
    risk:
      "Search indices commonly copy whole records from other systems; unencrypted they sit in clear text on the domain's storage and in its snapshots.",
    remediation: {
      text: 'Enable encryption at rest with a KMS key (supported on OpenSearch and Elasticsearch 5.1 or later; older domains must be migrated to a new one).',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  encrypt_at_rest {\n    enabled = true\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  EncryptionAtRestOptions:\n    Enabled: true',
      console: 'OpenSearch Service > Domains > domain > Actions > Edit security configuration > Encryption > Enable encryption of data at rest',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('encryptionAtRestEnabled')) return ctx.pass('The domain encrypts data at rest', 'encryptionAtRestEnabled');
    return ctx.fail('The domain does not encrypt data at rest', 'encryptionAtRestEnabled');
  },
});
