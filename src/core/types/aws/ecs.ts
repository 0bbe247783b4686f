import { defineResourceType } from '../../resource.js';
import { a } from '../../schema.js';

export const ecsCluster = defineResourceType({
  type: 'aws.ecs.cluster',
  provider: 'aws',
  service: 'ecs',
  description: 'An ECS cluster.',
  aliases: ['aws_ecs_cluster', 'AWS::ECS::Cluster', 'ecs_cluster'],
  attributes: {
    containerInsights: a.enum(['enabled', 'enhanced', 'disabled'] as const, 'The containerInsights cluster setting', {
      default: 'disabled',
      defaultNote: 'Container Insights is off unless the cluster or the account setting turns it on',
    }),
  },
});

export const ecsTaskDefinition = defineResourceType({
  type: 'aws.ecs.task-definition',
  provider: 'aws',
  service: 'ecs',
  description: 'An ECS task definition (one revision).',
  aliases: ['aws_ecs_task_definition', 'AWS::ECS::TaskDefinition', 'ecs_task_definition'],
  attributes: {
    efsVolumes: a.list(
      a.object({ name: a.string('Volume name'), transitEncryption: a.enum(['ENABLED', 'DISABLED'] as const, 'TLS between the task and EFS', { default: 'DISABLED' }) }, 'EFS volume'),
      'EFS volumes of the task',
      { default: [] },
    ),
    environmentVariableNames: a.list(a.string('CONTAINER/NAME'), 'Plain-text environment variables of the containers, as container/name (never their values)', { default: [] }),
  },
});
