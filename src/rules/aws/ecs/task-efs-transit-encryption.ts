import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ecs-task-efs-transit-encryption',
    title: 'ECS task definitions mount EFS volumes with encryption in transit',
    severity: 'medium',
    provider: 'aws',
    service: 'ecs',
    resourceTypes: ['aws.ecs.task-definition'],
    description:
      'Checks that every EFS volume of the task definition is mounted with transit encryption enabled, so file traffic between the task and EFS uses TLS.',
    risk:
      'Without transit encryption, file contents travel unencrypted between the containers and the file system, readable by anyone able to capture traffic in the VPC.',
    remediation: {
      text: 'Set transit encryption to ENABLED on each EFS volume (and consider IAM authorisation with an access point), then register a new revision and deploy it.',
      terraform: 'resource "aws_ecs_task_definition" "this" {\n  # ...\n  volume {\n    name = "data"\n    efs_volume_configuration {\n      file_system_id     = aws_efs_file_system.data.id\n      transit_encryption = "ENABLED"\n    }\n  }\n}',
      cloudformation: 'Type: AWS::ECS::TaskDefinition\nProperties:\n  Volumes:\n    - Name: data\n      EFSVolumeConfiguration:\n        FilesystemId: !Ref FileSystem\n        TransitEncryption: ENABLED',
      console: 'ECS > Task definitions > task > Create new revision > Storage > EFS volume > Transit encryption: on > Create',
    },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const volumes = ctx.list('efsVolumes');
    if (volumes.length === 0) return ctx.notApplicable('The task definition has no EFS volumes');
    for (let i = 0; i < volumes.length; i++) {
      if (ctx.string(`efsVolumes.${i}.transitEncryption`) !== 'ENABLED') {
        return ctx.fail(`EFS volume ${ctx.string(`efsVolumes.${i}.name`) ?? i} is mounted without transit encryption`, `efsVolumes.${i}`);
      }
    }
    return ctx.pass('Every EFS volume uses transit encryption', 'efsVolumes');
  },
});
