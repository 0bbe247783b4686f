import { defineRule } from '../../../core/index.js';
import { checkImdsV2 } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-launch-template-imdsv2',
    title: 'Launch templates require IMDSv2 for launched instances',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.launch-template'],
    description:
      'Checks the metadata options of the launch template (default version): HttpTokens must be required, or the endpoint disabled. ' +
      'Every instance an Auto Scaling group or fleet launches from the template inherits the setting.',
    risk: 'Since 2019 the metadata service also answers IMDSv1 requests, plain GET calls without a session token. A server-side request forgery bug or an open proxy on the instance can then be used to read the instance role credentials from outside.',
    remediation: {
      text: 'Create a new template version with HttpTokens required and make it the default.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id LT_ID --source-version \'$Default\' --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'',
      terraform: 'resource "aws_launch_template" "app" {\n  # ...\n  metadata_options {\n    http_tokens = "required"\n  }\n}',
      cloudformation: 'LaunchTemplate:\n  Type: AWS::EC2::LaunchTemplate\n  Properties:\n    LaunchTemplateData:\n      MetadataOptions:\n        HttpTokens: required',
      console: 'EC2 > Launch templates > template > Actions > Modify template (Create new version) > Advanced details > Metadata version: V2 only > Create; then set it as default',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkImdsV2(ctx, 'launch template'),
});
