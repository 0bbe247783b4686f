import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-cluster-not-public',
    title: 'Redshift clusters are not publicly accessible',
    severity: 'critical',
    provider: 'aws',
    service: 'redshift',
    resourceTypes: ['aws.redshift.cluster'],
    description:
      'Checks that the cluster has no public address, so its endpoint resolves to a private address reachable only from inside the VPC and connected networks.',
    risk:
      'A public cluster is one permissive security group rule away from accepting logins from the whole internet, exposing the warehouse to password guessing and exploits.',
    remediation: {
      text: 'Turn off public accessibility and reach the cluster through the VPC, a VPN, or a bastion or Session Manager tunnel.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --no-publicly-accessible',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  publicly_accessible = false\n}',
      cloudformation: 'Type: AWS::Redshift::Cluster\nProperties:\n  PubliclyAccessible: false',
      console: 'Redshift > Clusters > cluster > Actions > Modify publicly accessible setting > Turn off',
    },
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('publiclyAccessible')) return ctx.pass('The cluster is private', 'publiclyAccessible');
    return ctx.fail('The cluster is publicly accessible', 'publiclyAccessible');
  },
});
