import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Flow:
    Type: AWS::EC2::FlowLog
    Properties: { ResourceId: !Ref Vpc, ResourceType: VPC, TrafficType: ALL, LogDestinationType: s3, LogDestination: arn:aws:s3:::flows }
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, MapPublicIpOnLaunch: "true" }
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: !Ref Vpc }
  SshIn:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: { From: 22, To: 22 } }
  AllOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, Egress: true, RuleAction: allow, CidrBlock: 0.0.0.0/0 }
  Foreign:
    Type: AWS::EC2::NetworkAclEntry
    Properties: { NetworkAclId: acl-123, RuleNumber: 5, Protocol: -1, RuleAction: deny, CidrBlock: 0.0.0.0/0 }
`;

describe('CloudFormation network adapters', () => {
  const r = scanCloudFormation([{ path: 'net.yaml', content: TEMPLATE }]);
  const by = (id: string) => r.resources.find((x) => x.provenance.address === id) as Resource;
  it('folds entries into their ACL and keeps entries of foreign ACLs on their own', () => {
    expect(r.issues).toEqual([]);
    expect(by('Acl').attributes.ingress).toEqual({ state: 'known', value: [{ ruleNumber: 100, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', fromPort: 22, toPort: 22 }] });
    expect(by('Acl').attributes.egress).toEqual({ state: 'known', value: [{ ruleNumber: 100, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' }] });
    expect(by('SshIn')).toBeUndefined();
    expect(by('Foreign').attributes.ingress).toEqual({ state: 'known', value: [{ ruleNumber: 5, protocol: '-1', ruleAction: 'deny', cidrBlock: '0.0.0.0/0' }] });
  });
  it('reads subnets and flow logs', () => {
    expect(by('Subnet').attributes.mapPublicIpOnLaunch).toEqual({ state: 'known', value: true });
    expect(by('Vpc').attributes.flowLogs).toEqual({ state: 'known', value: [{ trafficType: 'ALL', destinationType: 's3' }] });
  });
});
