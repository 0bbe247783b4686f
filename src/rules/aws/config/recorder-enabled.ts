import { isJsonObject } from '../../../core/index.js';
import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-config-recorder-enabled',
    title: 'AWS Config records all resource types in every region',
    severity: 'medium',
    provider: 'aws',
    service: 'config',
    resourceTypes: ['aws.config.region'],
    description:
      'Checks that the region has a configuration recorder that is recording, records all supported resource types, and whose ' +
      'last delivery did not fail. AWS Config must be set up region by region.',
    risk: 'Without a recorder there is no history of how resources were configured: investigations cannot tell when a security group or bucket policy changed, and Config rules and conformance packs cannot evaluate anything.',
    remediation: {
      text: 'Set up a configuration recorder for all supported resource types with a delivery channel in every region, and start it.',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true\naws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=CONFIG_BUCKET\naws configservice start-configuration-recorder --configuration-recorder-name default',
      terraform: 'resource "aws_config_configuration_recorder" "this" {\n  name     = "default"\n  role_arn = aws_iam_role.config.arn\n  recording_group {\n    all_supported = true\n  }\n}\n\nresource "aws_config_configuration_recorder_status" "this" {\n  name       = aws_config_configuration_recorder.this.name\n  is_enabled = true\n  depends_on = [aws_config_delivery_channel.this]\n}',
      cloudformation: 'Recorder:\n  Type: AWS::Config::ConfigurationRecorder\n  Properties:\n    RoleARN: !GetAtt ConfigRole.Arn\n    RecordingGroup:\n      AllSupported: true',
      console: 'AWS Config > Settings > Edit > Recording strategy: All resource types > Save (in each region), or use a quick setup / StackSet',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html', 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const recorders = ctx.list('recorders');
    if (!recorders.length) return ctx.fail('No AWS Config recorder is set up in this region', 'recorders');
    const problems: string[] = [];
    for (let i = 0; i < recorders.length; i++) {
      if (!isJsonObject(recorders[i])) continue;
      const name = ctx.string(`recorders.${i}.name`) ?? `recorder ${i}`;
      if (!ctx.bool(`recorders.${i}.recording`)) {
        problems.push(`${name} is stopped`);
        continue;
      }
      if (ctx.get(`recorders.${i}.allSupported`) === false) {
        problems.push(`${name} records only selected resource types`);
        continue;
      }
      if (ctx.string(`recorders.${i}.lastStatus`) === 'FAILURE') {
        problems.push(`${name} failed its last delivery`);
        continue;
      }
      return ctx.pass(`Recorder ${name} is recording all supported resource types`, `recorders.${i}`);
    }
    return ctx.fail(`AWS Config is not recording in this region: ${problems.join('; ')}`, 'recorders');
  },
});
