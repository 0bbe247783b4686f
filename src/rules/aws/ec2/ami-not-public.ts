import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-ami-not-public',
    title: 'AMIs owned by the account are not public',
    severity: 'high',
    provider: 'aws',
    service: 'ec2',
    resourceTypes: ['aws.ec2.image'],
    description: "Checks the image's launch permission for the group 'all', which lets every AWS account launch (and so read) the image.",
    risk: 'Private images carry application code, configuration and often embedded credentials. A public AMI exposes all of it to anyone, and attackers search new public images for secrets.',
    remediation: {
      text: 'Make the image private and share it with named accounts or your organisation; turn on Block Public Access for AMIs.',
      cli: 'aws ec2 modify-image-attribute --image-id AMI_ID --launch-permission "Remove=[{Group=all}]"\naws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing',
      terraform: 'resource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
      console: 'EC2 > AMIs > image > Actions > Edit AMI permissions > Private > Save changes',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('public')) return ctx.fail('Every AWS account can launch this image', 'public');
    return ctx.pass('The image is not public', 'public');
  },
});
