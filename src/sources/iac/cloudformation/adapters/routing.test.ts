import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `
Parameters:
  NextHop: { Type: String }
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Igw:
    Type: AWS::EC2::InternetGateway
    Properties: { Tags: [{ Key: Name, Value: edge }] }
  IgwAttach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw }
  Spare:
    Type: AWS::EC2::InternetGateway
  Subnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  Public:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Public, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw }
  Peer:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Public, DestinationCidrBlock: 10.20.0.0/24, VpcPeeringConnectionId: pcx-1 }
  Hop:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Public, DestinationIpv6CidrBlock: "::/0", GatewayId: !Ref NextHop }
  PublicA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { RouteTableId: !Ref Public, SubnetId: !Ref Subnet }
  Empty:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Foreign:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: rtb-123, DestinationCidrBlock: 0.0.0.0/0, VpcPeeringConnectionId: pcx-2 }
`;

const nextHop = { $unknown: expect.objectContaining({ kind: 'unresolved', expression: '!Ref NextHop' }) };

describe('CloudFormation routing adapters', () => {
  const r = scanCloudFormation([{ path: 'net.yaml', content: TEMPLATE }]);
  const by = (id: string) => r.resources.find((x) => x.provenance.address === id) as Resource;

  it('folds routes and subnet associations into their table and keeps routes of foreign tables on their own', () => {
    expect(r.issues).toEqual([]);
    const pub = by('Public');
    expect(pub.type).toBe('aws.ec2.route-table');
    expect(pub.attributes.routes).toEqual({
      state: 'known',
      value: [
        { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: '${Igw}' },
        { destinationCidr: '10.20.0.0/24', targetKind: 'vpc-peering', targetId: 'pcx-1' },
        { destinationIpv6Cidr: '::/0', targetKind: nextHop, targetId: nextHop },
      ],
    });
    expect(pub.attributes.subnetIds).toEqual({ state: 'known', value: ['${Subnet}'] });
    expect(pub.provenance.attributeLines?.['routes.1']?.line).toBe(25);
    expect(pub.attributes.main).toBeUndefined();
    expect(by('Empty').attributes.routes).toBeUndefined();
    expect(by('Default')).toBeUndefined();
    expect(by('Foreign').attributes.routes).toEqual({ state: 'known', value: [{ destinationCidr: '0.0.0.0/0', targetKind: 'vpc-peering', targetId: 'pcx-2' }] });
  });

  it('reads internet gateways with their VPC attachments', () => {
    expect(by('Igw').type).toBe('aws.ec2.internet-gateway');
    expect(by('Igw').attributes.attachments).toEqual({ state: 'known', value: [{ vpcId: '${Vpc}' }] });
    expect(by('Igw').tags).toEqual({ Name: 'edge' });
    expect(by('Spare').attributes.attachments).toBeUndefined();
    expect(by('IgwAttach')).toBeUndefined();
  });
});
