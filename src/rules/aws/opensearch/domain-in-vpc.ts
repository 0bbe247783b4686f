import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-domain-in-vpc',
    title: 'OpenSearch domains are deployed inside a VPC',
    severity: 'high',
    provider: 'aws',
    service: 'opensearch',
    resourceTypes: ['aws.opensearch.domain'],
    description:
      'Checks that the domain has a VPC endpoint in your subnets instead of a public endpoint reachable from the internet.',
    risk:
      'A public domain endpoint is protected only by its access policy; one overly broad policy statement exposes every index to the internet, a common source of large data leaks.',
    remediation: {
      text: 'Create a new domain with VPC access (the network type cannot be changed afterwards), restore a snapshot into it and retire the public domain.',
      cli: 'aws opensearch create-domain --domain-name DOMAIN --vpc-options SubnetIds=subnet-1,SecurityGroupIds=sg-1',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  vpc_options {\n    subnet_ids         = [aws_subnet.private.id]\n    security_group_ids = [aws_security_group.search.id]\n  }\n}',
      cloudformation: 'Type: AWS::OpenSearchService::Domain\nProperties:\n  VPCOptions:\n    SubnetIds: [!Ref PrivateSubnet]\n    SecurityGroupIds: [!Ref SearchSecurityGroup]',
      console: 'OpenSearch Service > Create domain > Network: VPC access > choose subnets and security groups',
    },
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const subnets = ctx.list('vpcSubnetIds');
    if (subnets.length) return ctx.pass(`The domain has a VPC endpoint in ${subnets.length} subnet${subnets.length === 1 ? '' : 's'}`, 'vpcSubnetIds');
    return ctx.fail('The domain has a public endpoint instead of a VPC endpoint', 'vpcSubnetIds');
  },
});
