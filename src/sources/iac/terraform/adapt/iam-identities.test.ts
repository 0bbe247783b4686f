import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { isUnknownMarker } from '../../../../core/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-iam-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  const by = (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource;
  return { ...r, by };
}
const value = (r: Resource, attr: string) => {
  const ev = r.attributes[attr];
  return ev?.state === 'known' ? ev.value : ev?.state;
};

const TF = `
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
  inline_policy {
    name   = "logs"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "logs:*", Resource = "*" }] })
  }
}

resource "aws_iam_role_policy" "extra" {
  name   = "extra"
  role   = aws_iam_role.app.id
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
EOF
}

resource "aws_iam_policy" "custom" {
  name   = "custom"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.custom.arn
}

resource "aws_iam_group" "devs" {
  name = "devs"
}

resource "aws_iam_group_policy" "devs" {
  name   = "devs"
  group  = aws_iam_group.devs.name
  policy = var.devs_policy
}

resource "aws_iam_group_membership" "devs" {
  name  = "devs"
  group = aws_iam_group.devs.name
  users = ["alice", "bob"]
}

resource "aws_iam_group_policy_attachment" "admin" {
  group      = "devs"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

variable "devs_policy" {}
`;

describe('Terraform IAM role, policy and group adapters', () => {
  const { by, issues } = scan(TF);

  it('builds a role with trust policy, managed and inline policies', () => {
    const role = by('aws_iam_role.app');
    expect(role.type).toBe('aws.iam.role');
    expect(value(role, 'assumeRolePolicy')).toMatchObject({ Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] });
    expect(value(role, 'attachedPolicyArns')).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess', '${aws_iam_policy.custom.arn}']);
    expect(Object.keys(value(role, 'inlinePolicies') as object).sort()).toEqual(['extra', 'logs']);
    expect(role.relationships).toEqual([{ kind: 'attached-policy', target: by('aws_iam_policy.custom').uid }]);
    expect(role.provenance.attributeLines?.['inlinePolicies.extra']?.line).toBeGreaterThan(role.provenance.attributeLines?.['inlinePolicies.logs']?.line ?? 0);
  });

  it('counts attachments on the managed policy it builds', () => {
    const policy = by('aws_iam_policy.custom');
    expect(policy.type).toBe('aws.iam.policy');
    expect(value(policy, 'document')).toMatchObject({ Statement: [{ Action: '*' }] });
    expect(value(policy, 'attachmentCount')).toBe(1);
    expect(value(policy, 'attachedRoles')).toEqual(['app']);
  });

  it('builds a group with members, attachments by literal name and an unresolved inline policy', () => {
    const group = by('aws_iam_group.devs');
    expect(value(group, 'members')).toEqual(['alice', 'bob']);
    expect(value(group, 'attachedPolicyArns')).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
    const inline = value(group, 'inlinePolicies') as Record<string, unknown>;
    expect(isUnknownMarker(inline.devs)).toBe(true);
    expect(issues.filter((i) => i.kind === 'warning')).toEqual([]);
  });
});
