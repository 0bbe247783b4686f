import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { builtinResourceTypes } from '../../../../core/index.js';
import { evaluate } from '../../../../engine/index.js';
import { builtinRules } from '../../../../rules/index.js';
import { scanCloudFormation } from '../scan.js';

function statuses(r: Resource): Record<string, string> {
  const fs = evaluate([r], { rules: builtinRules(), types: builtinResourceTypes() }).findings.filter((f) => f.ruleId.startsWith('aws-organizations-'));
  return Object.fromEntries(fs.map((f) => [f.ruleId, `${f.status}${f.status === 'ERROR' ? `: ${f.message}` : ''}`]));
}

describe('CloudFormation Organizations adapter', () => {
  it('models the organisation with the SCPs of the template and their targets', () => {
    const r = scanCloudFormation([
      {
        path: 'org.yaml',
        content: `
Resources:
  Org:
    Type: AWS::Organizations::Organization
    Properties: { FeatureSet: ALL }
  Prod:
    Type: AWS::Organizations::OrganizationalUnit
    Properties: { Name: prod, ParentId: !GetAtt Org.RootId }
  GuardRails:
    Type: AWS::Organizations::Policy
    Properties:
      Name: guard-rails
      Type: SERVICE_CONTROL_POLICY
      Content:
        Version: '2012-10-17'
        Statement: [{ Effect: Deny, Action: 'organizations:LeaveOrganization', Resource: '*' }]
      TargetIds: [!GetAtt Org.RootId, !Ref Prod, '123456789012']
  Tags:
    Type: AWS::Organizations::Policy
    Properties: { Name: tags, Type: TAG_POLICY, Content: '{}', TargetIds: [!GetAtt Org.RootId] }
`,
      },
    ]);
    const org = r.resources.find((x) => x.provenance.address === 'Org') as Resource;
    expect(r.resources.map((x) => x.type)).toEqual(['aws.organizations.account']);
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
          id: 'GuardRails',
          name: 'guard-rails',
          awsManaged: false,
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] },
          targets: [
            { id: '${Org.RootId}', type: 'ROOT' },
            { id: '${Prod}', type: 'ORGANIZATIONAL_UNIT' },
            { id: '123456789012', type: 'ACCOUNT' },
          ],
        },
      ],
    });
    expect(statuses(org)).toEqual({ 'aws-organizations-all-features': 'PASS', 'aws-organizations-scp-attached': 'PASS' });
  });

  it('without an attached SCP the root policy types are unknown, so the SCP rule ERRORs', () => {
    const r = scanCloudFormation([
      {
        path: 'billing.yaml',
        content: `
Resources:
  Org:
    Type: AWS::Organizations::Organization
    Properties: { FeatureSet: ALL }
  Detached:
    Type: AWS::Organizations::Policy
    Properties: { Name: unused, Type: SERVICE_CONTROL_POLICY, Content: '{"Version":"2012-10-17","Statement":[]}' }
`,
      },
    ]);
    const org = r.resources[0]!;
    expect(org.attributes.serviceControlPolicies).toEqual({ state: 'known', value: [{ id: 'Detached', name: 'unused', awsManaged: false, document: { Version: '2012-10-17', Statement: [] }, targets: [] }] });
    expect(org.attributes.enabledPolicyTypes).toMatchObject({ state: 'unknown', cause: { kind: 'unsupported' } });
    const s = statuses(org);
    expect(s['aws-organizations-all-features']).toBe('PASS');
    expect(s['aws-organizations-scp-attached']).toMatch(/^ERROR: .*policy types/);
  });

  it('an organisation without FeatureSet gets all features; billing only FAILs both rules', () => {
    const r = scanCloudFormation([{ path: 'bare.yaml', content: 'Resources:\n  Org:\n    Type: AWS::Organizations::Organization\n' }]);
    expect(r.resources[0]!.attributes.featureSet).toEqual({ state: 'known', value: 'ALL' });
    expect(statuses(r.resources[0]!)['aws-organizations-all-features']).toBe('PASS');
    const billing = scanCloudFormation([{ path: 'billing.yaml', content: 'Resources:\n  Org:\n    Type: AWS::Organizations::Organization\n    Properties: { FeatureSet: CONSOLIDATED_BILLING }\n' }]);
    expect(statuses(billing.resources[0]!)).toEqual({ 'aws-organizations-all-features': 'FAIL', 'aws-organizations-scp-attached': 'FAIL' });
  });
});
