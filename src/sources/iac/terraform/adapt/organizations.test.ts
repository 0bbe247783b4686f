import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { builtinResourceTypes } from '../../../../core/index.js';
import { evaluate } from '../../../../engine/index.js';
import { builtinRules } from '../../../../rules/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  return { ...r, by: (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource };
}

function statuses(r: Resource): Record<string, string> {
  const fs = evaluate([r], { rules: builtinRules(), types: builtinResourceTypes() }).findings.filter((f) => f.ruleId.startsWith('aws-organizations-'));
  return Object.fromEntries(fs.map((f) => [f.ruleId, f.status]));
}

describe('Terraform Organizations adapter', () => {
  it('models the organisation, its root policy types and the SCPs attached in the same configuration', () => {
    const { by, issues } = scan(`
resource "aws_organizations_organization" "org" {
  feature_set          = "ALL"
  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
}
resource "aws_organizations_organizational_unit" "prod" {
  name      = "prod"
  parent_id = aws_organizations_organization.org.roots[0].id
}
resource "aws_organizations_policy" "guard" {
  name    = "guard-rails"
  content = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Action = "organizations:LeaveOrganization", Resource = "*" }] })
}
resource "aws_organizations_policy" "tags" {
  name    = "tags"
  type    = "TAG_POLICY"
  content = "{}"
}
resource "aws_organizations_policy_attachment" "root" {
  policy_id = aws_organizations_policy.guard.id
  target_id = aws_organizations_organization.org.roots[0].id
}
resource "aws_organizations_policy_attachment" "prod" {
  policy_id = aws_organizations_policy.guard.id
  target_id = aws_organizations_organizational_unit.prod.id
}
resource "aws_organizations_policy_attachment" "elsewhere" {
  policy_id = "p-abcd1234"
  target_id = "123456789012"
}
`);
    expect(issues).toEqual([]);
    const org = by('aws_organizations_organization.org');
    expect(org.type).toBe('aws.organizations.account');
    expect(org.attributes).toMatchObject({
      inOrganization: { state: 'known', value: true },
      isManagementAccount: { state: 'known', value: true },
      featureSet: { state: 'known', value: 'ALL' },
      enabledPolicyTypes: { state: 'known', value: ['SERVICE_CONTROL_POLICY'] },
    });
    expect(org.attributes.serviceControlPolicies).toEqual({
      state: 'known',
      value: [
        {
          id: 'aws_organizations_policy.guard',
          name: 'guard-rails',
          awsManaged: false,
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] },
          targets: [
            { id: 'aws_organizations_organization.org.roots.0.id', type: 'ROOT' },
            { id: 'aws_organizations_organizational_unit.prod.id', type: 'ORGANIZATIONAL_UNIT' },
          ],
        },
        { id: 'p-abcd1234', awsManaged: false, targets: [{ id: '123456789012', type: 'ACCOUNT' }] },
      ],
    });
    expect(org.provenance.attributeLines?.featureSet?.line).toBe(3);
    expect(statuses(org)).toEqual({ 'aws-organizations-all-features': 'PASS', 'aws-organizations-scp-attached': 'PASS' });
  });

  it('a billing-only organisation without policy types fails both rules; the default feature set is ALL', () => {
    const { by } = scan(`
resource "aws_organizations_organization" "billing" {
  feature_set = "CONSOLIDATED_BILLING"
}
resource "aws_organizations_organization" "bare" {}
`);
    expect(statuses(by('aws_organizations_organization.billing'))).toEqual({ 'aws-organizations-all-features': 'FAIL', 'aws-organizations-scp-attached': 'FAIL' });
    const bare = by('aws_organizations_organization.bare');
    expect(bare.attributes.featureSet).toEqual({ state: 'known', value: 'ALL' });
    expect(bare.attributes.serviceControlPolicies).toEqual({ state: 'known', value: [] });
    expect(statuses(bare)).toEqual({ 'aws-organizations-all-features': 'PASS', 'aws-organizations-scp-attached': 'FAIL' });
  });

  it('a feature set from an unset variable is unknown: the rule ERRORs naming it', () => {
    const { by } = scan(`
variable "feature_set" {}
resource "aws_organizations_organization" "org" {
  feature_set = var.feature_set
}
`);
    const org = by('aws_organizations_organization.org');
    expect(org.attributes.featureSet).toMatchObject({ state: 'known', value: { $unknown: { expression: 'var.feature_set' } } });
    const f = evaluate([org], { rules: builtinRules(), types: builtinResourceTypes() }).findings.find((x) => x.ruleId === 'aws-organizations-all-features');
    expect(f?.status).toBe('ERROR');
    expect(f?.message).toContain('var.feature_set');
  });
});
