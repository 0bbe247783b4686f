import { defineRule } from '../../../core/index.js';
import { checkImdsV2 } from './launch.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-imdsv2',
    title: 'EC2 instances require IMDSv2 for the instance metadata service',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.instance'],
    description:
      'Checks that the instance metadata options set HttpTokens to required (IMDSv2 only), or that the metadata endpoint is disabled. ' +
      'Instances that still accept IMDSv1 hand out credentials to any request that can reach 169.254.169.254.',
    risk: 'Since 2019 the metadata service also answers IMDSv1 requests, plain GET calls without a session token. A server-side request forgery bug or an open proxy on the instance can then be used to read the instance role credentials from outside.',
    remediation: {
      text: 'Require session tokens on the instance (test applications and SDKs first; current SDKs use IMDSv2 by default), and set the account default for new instances.',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-tokens required --http-endpoint enabled',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
      cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    MetadataOptions:\n      HttpTokens: required\n      HttpEndpoint: enabled',
      console: 'EC2 > Instances > instance > Actions > Instance settings > Modify instance metadata options > IMDSv2: Required > Save',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html'],
    sources: ['live', 'iac'],
  },
  check: (ctx) => checkImdsV2(ctx, 'instance'),
});
