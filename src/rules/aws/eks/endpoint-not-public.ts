import { defineRule } from '../../../core/index.js';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  meta: {
    id: 'aws-eks-endpoint-not-public',
    title: 'EKS cluster API endpoints are not open to the whole internet',
    severity: 'high',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    description:
      'Checks that the Kubernetes API server endpoint of the cluster is either private only, or public but limited to a list of source CIDR ranges that does not include 0.0.0.0/0.',
    risk:
      'An API server reachable from any address is exposed to credential stuffing, token theft replay and exploits of Kubernetes or EKS vulnerabilities from anywhere on the internet.',
    remediation: {
      text: 'Turn on private endpoint access and either turn public access off or restrict it to the CIDR ranges of your offices, VPN or CI runners.',
      cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=true,publicAccessCidrs=203.0.113.0/24',
      terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  vpc_config {\n    subnet_ids              = var.subnet_ids\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
      cloudformation: 'Type: AWS::EKS::Cluster\nProperties:\n  ResourcesVpcConfig:\n    SubnetIds: !Ref SubnetIds\n    EndpointPrivateAccess: true\n    EndpointPublicAccess: false',
      console: 'EKS > Clusters > cluster > Networking > Manage endpoint access > Private, or Public and private with advanced settings listing allowed CIDR blocks > Save changes',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (!ctx.bool('endpointPublicAccess')) return ctx.pass('The API endpoint is private', 'endpointPublicAccess');
    const cidrs = ctx.list('publicAccessCidrs').filter((c): c is string => typeof c === 'string');
    const open = cidrs.filter((c) => OPEN.has(c));
    if (cidrs.length === 0 || open.length) return ctx.fail(`The API endpoint is public and accepts connections from ${open[0] ?? '0.0.0.0/0'}`, ctx.isSet('publicAccessCidrs') ? 'publicAccessCidrs' : 'endpointPublicAccess');
    return ctx.pass(`The public API endpoint is limited to ${cidrs.join(', ')}`, 'publicAccessCidrs');
  },
});
