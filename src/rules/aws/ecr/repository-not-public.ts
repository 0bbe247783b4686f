import { defineRule } from '../../../core/index.js';
import { analyzeResourcePolicy, decided } from '../lib/policy.js';

export default defineRule({
  meta: {
    id: 'aws-ecr-repository-not-public',
    title: 'ECR repository policies do not grant access to everyone',
    severity: 'critical',
    provider: 'aws',
    service: 'ecr',
    resourceTypes: ['aws.ecr.repository'],
    description:
      'Checks that no Allow statement of the repository policy names any principal ("*") without a condition that limits the callers to known accounts, organisations, networks or endpoints.',
    risk:
      'A public repository policy lets any AWS account pull the images, which often contain source code, internal endpoints and embedded credentials, or even push and delete images when write actions are allowed.',
    remediation: {
      text: 'Replace "*" principals with the accounts or roles that need access, or add an aws:PrincipalOrgID condition; use ECR Public for images meant to be public.',
      cli: 'aws ecr set-repository-policy --repository-name REPO --policy-text file://policy.json\naws ecr delete-repository-policy --repository-name REPO',
      terraform: 'resource "aws_ecr_repository_policy" "this" {\n  repository = aws_ecr_repository.this.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]\n    }]\n  })\n}',
      cloudformation: 'Type: AWS::ECR::Repository\nProperties:\n  RepositoryPolicyText:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { AWS: arn:aws:iam::111122223333:root }\n        Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]',
      console: 'ECR > Repositories > repository > Permissions > Edit policy JSON > remove or restrict the statements open to "*" > Save',
    },
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html'],
    sources: ['live', 'iac'],
  },
  check(ctx) {
    const policy = ctx.get('policy');
    if (policy === undefined || policy === null) return ctx.pass('The repository has no policy: only IAM identities of the account have access', 'policy');
    const v = decided(analyzeResourcePolicy(policy), 'policy');
    if (v.verdict === 'public') return ctx.fail(`The repository policy is public: ${v.reasons.join('; ')}`, 'policy');
    if (v.verdict === 'restricted') return ctx.pass(`The repository policy names any principal but limits callers: ${v.reasons.join('; ')}`, 'policy');
    return ctx.pass('The repository policy grants access to named principals only', 'policy');
  },
});
