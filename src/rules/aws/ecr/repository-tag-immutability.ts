import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ecr-repository-tag-immutability',
    title: 'ECR repositories have immutable image tags',
    severity: 'medium',
    provider: 'aws',
    service: 'ecr',
    resourceTypes: ['aws.ecr.repository'],
    description:
      'Checks that image tags in the repository cannot be overwritten, so a tag such as v1.4.2 always names the same image digest.',
    risk:
      'With mutable tags anyone able to push can silently replace an image that deployments pull by tag, slipping altered code into production without any change to the deployment itself.',
    remediation: {
      text: 'Set tag mutability to IMMUTABLE (with exclusions for moving tags like "latest" if you need them) and deploy by tag or digest.',
      cli: 'aws ecr put-image-tag-mutability --repository-name REPO --image-tag-mutability IMMUTABLE',
      terraform: 'resource "aws_ecr_repository" "this" {\n  # ...\n  image_tag_mutability = "IMMUTABLE"\n}',
      cloudformation: 'Type: AWS::ECR::Repository\nProperties:\n  ImageTagMutability: IMMUTABLE',
      console: 'ECR > Repositories > repository > Edit > Tag immutability: Enabled > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const m = ctx.string('imageTagMutability') ?? 'MUTABLE';
    if (m === 'IMMUTABLE') return ctx.pass('Image tags are immutable', 'imageTagMutability');
    if (m === 'IMMUTABLE_WITH_EXCLUSION') return ctx.pass('Image tags are immutable apart from the excluded tag patterns', 'imageTagMutability');
    return ctx.fail(m === 'MUTABLE' ? 'Image tags can be overwritten' : 'Image tags can be overwritten except for the excluded patterns', 'imageTagMutability');
  },
});
