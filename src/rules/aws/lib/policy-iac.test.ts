/**
 * End to end: policy rules on Terraform as people write it, with ARNs of resources of the same
 * configuration (known only after apply) inside policy documents.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inventory, builtinResourceTypes } from '../../../core/index.js';
import { evaluate } from '../../../engine/index.js';
import { scanTerraform } from '../../../sources/iac/terraform/index.js';
import { builtinRules } from '../../index.js';

const TF = `
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "CloudFrontRead"
        Effect    = "Allow"
        Principal = { Service = "cloudfront.amazonaws.com" }
        Action    = "s3:GetObject"
        Resource  = "\${aws_s3_bucket.data.arn}/*"
        Condition = { StringEquals = { "aws:SourceArn" = aws_cloudfront_distribution.cdn.arn } }
      }
    ]
  })
}

resource "aws_cloudfront_distribution" "cdn" {}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}

resource "aws_iam_role_policy" "deploy" {
  name = "deploy"
  role = aws_iam_role.deploy.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = aws_iam_role.deploy.arn }]
  })
}
`;

function findings(ruleIds: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-policy-iac-'));
  writeFileSync(join(dir, 'main.tf'), TF);
  const { resources } = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content: TF, root: dir }]);
  return evaluate(new Inventory(resources), { rules: builtinRules(), types: builtinResourceTypes(), filter: { include: ruleIds } }).findings;
}

describe('policy rules on Terraform with references', () => {
  const all = findings(['aws-s3-bucket-tls-required', 'aws-s3-bucket-policy-not-public', 'aws-iam-role-web-identity-subject', 'aws-iam-policy-no-passrole-wildcard']);
  const status = (rule: string) => all.filter((f) => f.ruleId === rule).map((f) => f.status);

  it('reads ARNs known only after apply as concrete values', () => {
    expect(status('aws-s3-bucket-tls-required')).toEqual(['PASS']);
    expect(status('aws-s3-bucket-policy-not-public')).toEqual(['PASS']);
    expect(status('aws-iam-policy-no-passrole-wildcard')).toEqual(['PASS']);
  });

  it('still finds the missing subject condition', () => {
    expect(status('aws-iam-role-web-identity-subject')).toEqual(['FAIL']);
  });
});
