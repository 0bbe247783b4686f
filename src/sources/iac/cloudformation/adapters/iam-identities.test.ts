import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  TrustedAccount:
    Type: String
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal:
              AWS: !Sub "arn:aws:iam::\${TrustedAccount}:root"
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
      Policies:
        - PolicyName: logs
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: logs:*
                Resource: "*"
  ExtraPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: s3:*
            Resource: "*"
      Roles:
        - !Ref AppRole
      Groups:
        - !Ref Devs
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: shared
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: "*"
            Resource: "*"
      Roles:
        - !Ref AppRole
      Groups:
        - !Ref Devs
  Devs:
    Type: AWS::IAM::Group
    Properties:
      GroupName: devs
  AddDevs:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Devs
      Users: [alice, bob]
`;

const resources = scanCloudFormation([{ path: 'iam.yaml', content: TEMPLATE }]).resources;
const byId = (id: string) => resources.find((r) => r.provenance.address === id) as Resource;
const value = (r: Resource, attr: string) => {
  const ev = r.attributes[attr];
  return ev?.state === 'known' ? ev.value : ev?.state;
};

describe('CloudFormation IAM role, managed policy and group adapters', () => {
  it('maps a role: trust policy (with an unresolved parameter), managed and inline policies', () => {
    const role = byId('AppRole');
    expect(role.type).toBe('aws.iam.role');
    expect(role.name).toBe('app');
    const trust = value(role, 'assumeRolePolicy') as { Statement: { Principal: { AWS: unknown } }[] };
    expect(trust.Statement[0]?.Principal.AWS).toHaveProperty('$unknown');
    expect(value(role, 'attachedPolicyArns')).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess', '${Shared}']);
    expect(Object.keys(value(role, 'inlinePolicies') as object).sort()).toEqual(['extra', 'logs']);
    expect(role.provenance.attributeLines?.['inlinePolicies.extra']?.line).toBeGreaterThan(role.provenance.attributeLines?.['inlinePolicies.logs']?.line ?? 0);
  });

  it('maps a managed policy with its document and attachments', () => {
    const policy = byId('Shared');
    expect(policy.type).toBe('aws.iam.policy');
    expect(value(policy, 'document')).toEqual({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(value(policy, 'attachmentCount')).toBe(2);
  });

  it('maps a group with members, joined inline and managed policies', () => {
    const group = byId('Devs');
    expect(group.type).toBe('aws.iam.group');
    expect(value(group, 'members')).toEqual(['alice', 'bob']);
    expect(value(group, 'attachedPolicyArns')).toEqual(['${Shared}']);
    expect(Object.keys(value(group, 'inlinePolicies') as object)).toEqual(['extra']);
  });

  it('does not make model resources of joined AWS::IAM::Policy resources', () => {
    expect(resources.find((r) => r.provenance.address === 'ExtraPolicy')).toBeUndefined();
  });
});
