import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-eks-secrets-encryption',
    title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
    severity: 'medium',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    description:
      'Checks that envelope encryption with a KMS key is configured for the "secrets" resources of the cluster, adding a key you control on top of the default encryption of etcd.',
    risk:
      'Without envelope encryption, Kubernetes secrets are protected only by the storage encryption of etcd; access to them cannot be restricted, audited or revoked through a key policy.',
    remediation: {
      text: 'Associate a KMS key with the cluster for secrets (it cannot be removed afterwards), then rewrite existing secrets so they are encrypted with it.',
      cli: "aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config '[{\"resources\":[\"secrets\"],\"provider\":{\"keyArn\":\"KEY_ARN\"}}]'",
      terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
      cloudformation: 'Type: AWS::EKS::Cluster\nProperties:\n  EncryptionConfig:\n    - Resources: [secrets]\n      Provider:\n        KeyArn: !GetAtt ClusterKey.Arn',
      console: 'EKS > Clusters > cluster > Overview > Secrets encryption > Enable > choose the KMS key > Enable',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const count = ctx.list('encryptionConfig').length;
    for (let i = 0; i < count; i++) {
      const resources = ctx.list(`encryptionConfig.${i}.resources`);
      const key = ctx.string(`encryptionConfig.${i}.keyArn`);
      if (resources.includes('secrets') && key) return ctx.pass(`Secrets are envelope-encrypted with ${key}`, `encryptionConfig.${i}`);
    }
    return ctx.fail('Kubernetes secrets are not envelope-encrypted with a KMS key', 'encryptionConfig');
  },
});
