import { defineRule } from '../../../core/index.js';
import { checkImdsV2 } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-configuration-imdsv2',
    title: 'Launch configurations require IMDSv2 for launched instances',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.autoscaling.launch-configuration'],
    description:
      'Checks the metadata options of the Auto Scaling launch configuration: HttpTokens must be required, or the endpoint disabled. ' +
      'Launch configurations cannot be changed, so a fix means a new configuration (or, better, a launch template).',
    risk: 'Since 2019 the metadata service also answers IMDSv1 requests, plain GET calls without a session token. A server-side request forgery bug or an open proxy on the instance can then be used to read the instance role credentials from outside.',
    remediation: {
      text: 'Create a replacement launch configuration (or migrate to a launch template) with HttpTokens required and point the Auto Scaling group at it.',
      cli: 'aws autoscaling create-launch-configuration --launch-configuration-name app-v2 --image-id AMI_ID --instance-type t3.micro --metadata-options HttpTokens=required,HttpEndpoint=enabled',
      terraform: 'resource "aws_launch_configuration" "app" {\n  # ...\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
      cloudformation: 'LaunchConfig:\n  Type: AWS::AutoScaling::LaunchConfiguration\n  Properties:\n    MetadataOptions:\n      HttpTokens: required',
      console: 'EC2 > Auto Scaling > Launch configurations > Copy to launch template > Metadata version: V2 only; then switch the group to the template',
    },
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkImdsV2(ctx, 'launch configuration'),
});
