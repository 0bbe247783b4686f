import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-msk-cluster-encrypted-in-transit',
    title: 'MSK clusters encrypt all traffic with TLS',
    severity: 'high',
    provider: 'aws',
    service: 'msk',
    resourceTypes: ['aws.msk.cluster'],
    description:
      'Checks that the Kafka cluster accepts only TLS connections from clients (client-broker setting TLS) and that brokers replicate to each other over TLS.',
    risk:
      'With plaintext listeners, producers and consumers send messages and SASL credentials unencrypted across the network, where anyone able to capture traffic can read or alter them.',
    remediation: {
      text: 'Move clients to the TLS bootstrap brokers, then set client-broker encryption to TLS only; in-cluster encryption can only be chosen when the cluster is created.',
      cli: "aws kafka update-security --cluster-arn CLUSTER_ARN --current-version VERSION --encryption-info '{\"EncryptionInTransit\":{\"ClientBroker\":\"TLS\"}}'",
      terraform: 'resource "aws_msk_cluster" "this" {\n  # ...\n  encryption_info {\n    encryption_in_transit {\n      client_broker = "TLS"\n      in_cluster    = true\n    }\n  }\n}',
      cloudformation: 'Type: AWS::MSK::Cluster\nProperties:\n  EncryptionInfo:\n    EncryptionInTransit:\n      ClientBroker: TLS\n      InCluster: true',
      console: 'MSK > Clusters > cluster > Properties > Security settings > Edit > Encryption in transit: TLS encrypted traffic only',
    },
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const clientBroker = ctx.string('clientBroker') ?? 'TLS';
    if (clientBroker !== 'TLS') return ctx.fail(`Clients may connect without TLS (client-broker ${clientBroker})`, 'clientBroker');
    if (!ctx.bool('inCluster')) return ctx.fail('Brokers replicate to each other without TLS', 'inCluster');
    return ctx.pass('Client and broker traffic is TLS only', 'clientBroker');
  },
});
