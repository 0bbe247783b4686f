import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ecs-cluster-container-insights',
    title: 'ECS clusters have Container Insights enabled',
    severity: 'low',
    provider: 'aws',
    service: 'ecs',
    resourceTypes: ['aws.ecs.cluster'],
    description:
      'Checks that CloudWatch Container Insights (standard or enhanced observability) is enabled for the cluster, collecting metrics and events of its tasks and services.',
    risk:
      'Without Container Insights, task restarts, resource exhaustion and unusual activity in the cluster go unmeasured, slowing the detection of incidents and abuse such as cryptomining.',
    remediation: {
      text: 'Enable Container Insights on the cluster (and set the account default so new clusters get it).',
      cli: 'aws ecs update-cluster-settings --cluster CLUSTER --settings name=containerInsights,value=enabled',
      terraform: 'resource "aws_ecs_cluster" "this" {\n  # ...\n  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }\n}',
      cloudformation: 'Type: AWS::ECS::Cluster\nProperties:\n  ClusterSettings:\n    - Name: containerInsights\n      Value: enabled',
      console: 'ECS > Clusters > cluster > Update cluster > Monitoring > Container Insights > Update',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const v = ctx.string('containerInsights') ?? 'disabled';
    if (v === 'enabled' || v === 'enhanced') return ctx.pass(`Container Insights is ${v}`, 'containerInsights');
    return ctx.fail('Container Insights is disabled', 'containerInsights');
  },
});
