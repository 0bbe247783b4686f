import { defineRule } from '../../../core/index.js';

const ALL_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

export default defineRule({
  meta: {
    id: 'aws-eks-control-plane-logging',
    title: 'EKS clusters send all control plane log types to CloudWatch Logs',
    severity: 'medium',
    provider: 'aws',
    service: 'eks',
    resourceTypes: ['aws.eks.cluster'],
    description:
      'Checks that the cluster exports all five control plane log types (api, audit, authenticator, controllerManager and scheduler) to CloudWatch Logs.',
    risk:
      'Without the audit and authenticator logs there is no record of who did what in the cluster; without the others, failures and abuse of the control plane cannot be diagnosed.',
    remediation: {
      text: 'Enable every control plane log type and give the /aws/eks/CLUSTER/cluster log group a retention period.',
      cli: "aws eks update-cluster-config --name CLUSTER --logging '{\"clusterLogging\":[{\"types\":[\"api\",\"audit\",\"authenticator\",\"controllerManager\",\"scheduler\"],\"enabled\":true}]}'",
      terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]\n}',
      cloudformation: 'Type: AWS::EKS::Cluster\nProperties:\n  Logging:\n    ClusterLogging:\n      EnabledTypes:\n        - Type: api\n        - Type: audit\n        - Type: authenticator\n        - Type: controllerManager\n        - Type: scheduler',
      console: 'EKS > Clusters > cluster > Observability > Control plane logging > Manage logging > turn on every type > Save changes',
    },
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const enabled = new Set(ctx.list('enabledLogTypes'));
    const missing = ALL_TYPES.filter((t) => !enabled.has(t));
    if (missing.length === ALL_TYPES.length) return ctx.fail('Control plane logging is off', 'enabledLogTypes');
    if (missing.length) return ctx.fail(`Control plane logs ${missing.join(', ')} are not exported`, 'enabledLogTypes');
    return ctx.pass('All control plane log types are exported', 'enabledLogTypes');
  },
});
