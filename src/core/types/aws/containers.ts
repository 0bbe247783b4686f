import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const eksCluster = defineResourceType({
  type: 'aws.eks.cluster',
  provider: 'aws',
  service: 'eks',
  description: 'An EKS cluster: endpoint access, control plane logging and secrets encryption.',
  aliases: ['aws_eks_cluster', 'AWS::EKS::Cluster', 'eks_cluster'],
  attributes: {
    version: a.string('Kubernetes version'),
    endpointPublicAccess: a.bool('The API server endpoint is reachable from the internet', { default: true, defaultNote: 'EKS creates a public endpoint unless told otherwise' }),
    endpointPrivateAccess: a.bool('The API server endpoint is reachable from inside the VPC', { default: false }),
    publicAccessCidrs: a.list(a.string('CIDR'), 'Source ranges allowed to reach the public endpoint', {
      default: ['0.0.0.0/0'],
      defaultNote: 'Without a list the public endpoint accepts every address',
    }),
    enabledLogTypes: a.list(a.string('api, audit, authenticator, controllerManager, scheduler'), 'Control plane log types sent to CloudWatch Logs', { default: [] }),
    encryptionConfig: a.list(
      a.object({ resources: a.list(a.string('Resource kind'), 'Resources encrypted, e.g. secrets'), keyArn: a.string('KMS key') }, 'Envelope encryption'),
      'Envelope encryption of Kubernetes resources',
      { default: [] },
    ),
  },
});

export const ecrRepository = defineResourceType({
  type: 'aws.ecr.repository',
  provider: 'aws',
  service: 'ecr',
  description: 'An ECR repository with its scanning, tag mutability, encryption and policy.',
  aliases: ['aws_ecr_repository', 'AWS::ECR::Repository', 'ecr_repository'],
  attributes: {
    scanOnPush: a.bool('imageScanningConfiguration.scanOnPush', { default: false }),
    imageTagMutability: a.enum(['MUTABLE', 'IMMUTABLE', 'MUTABLE_WITH_EXCLUSION', 'IMMUTABLE_WITH_EXCLUSION'] as const, 'Whether tags can be overwritten', { default: 'MUTABLE' }),
    encryptionType: a.enum(['AES256', 'KMS', 'KMS_DSSE'] as const, 'encryptionConfiguration.encryptionType', { default: 'AES256' }),
    kmsKey: a.string('encryptionConfiguration.kmsKey; absent with KMS means the AWS managed key aws/ecr'),
    policy: a.json('Repository policy (parsed JSON)'),
  },
});

export const efsFileSystem = defineResourceType({
  type: 'aws.efs.file-system',
  provider: 'aws',
  service: 'efs',
  description: 'An EFS file system.',
  aliases: ['aws_efs_file_system', 'AWS::EFS::FileSystem', 'efs_file_system'],
  attributes: {
    encrypted: a.bool('Data at rest is encrypted', {
      default: false,
      defaultNote: 'The API and IaC tools create unencrypted file systems unless asked (the console turns encryption on)',
    }),
    kmsKeyId: a.string('KMS key protecting the data'),
  },
});
