import { defineRule } from '../../../core/index.js';

export default defineRule({
  meta: {
    id: 'aws-ecr-repository-scan-on-push',
    title: 'ECR repositories scan images on push',
    severity: 'medium',
    provider: 'aws',
    service: 'ecr',
    resourceTypes: ['aws.ecr.repository'],
    description:
      'Checks that the repository scans every image for known vulnerabilities when it is pushed. A registry-level enhanced scanning rule (Amazon Inspector) that covers the repository achieves the same; this rule reads the repository setting.',
    risk:
      'Images that are never scanned reach production with known vulnerable packages, and nobody learns of them until they are exploited.',
    remediation: {
      text: 'Turn on scan on push for the repository, or configure registry-level enhanced scanning with Amazon Inspector for all repositories.',
      cli: 'aws ecr put-image-scanning-configuration --repository-name REPO --image-scanning-configuration scanOnPush=true',
      terraform: 'resource "aws_ecr_repository" "this" {\n  # ...\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
      cloudformation: 'Type: AWS::ECR::Repository\nProperties:\n  ImageScanningConfiguration:\n    ScanOnPush: true',
      console: 'ECR > Repositories > repository > Edit > Image scan settings: Scan on push > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    if (ctx.bool('scanOnPush')) return ctx.pass('Images are scanned when pushed', 'scanOnPush');
    return ctx.fail('Images are not scanned when pushed', 'scanOnPush');
  },
});
