import type { AttachmentStatus } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { igwAttachments, routeEntry } from './routing.js';

describe('route table collection: API shapes to the model', () => {
  it('names the target kind of every route shape the API returns', () => {
    expect(routeEntry({ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' })).toEqual({ destinationCidr: '10.0.0.0/16', targetKind: 'local', targetId: 'local', state: 'active' });
    expect(routeEntry({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1', State: 'active' })).toMatchObject({ targetKind: 'internet-gateway' });
    expect(routeEntry({ DestinationCidrBlock: '192.168.0.0/16', GatewayId: 'vgw-1', Origin: 'EnableVgwRoutePropagation' })).toMatchObject({ targetKind: 'virtual-private-gateway' });
    expect(routeEntry({ DestinationPrefixListId: 'pl-63a5400a', GatewayId: 'vpce-1' })).toEqual({ destinationPrefixListId: 'pl-63a5400a', targetKind: 'vpc-endpoint', targetId: 'vpce-1' });
    expect(routeEntry({ DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-1' })).toMatchObject({ destinationIpv6Cidr: '::/0', targetKind: 'egress-only-internet-gateway' });
    expect(routeEntry({ DestinationCidrBlock: '10.20.0.0/16', VpcPeeringConnectionId: 'pcx-1', State: 'blackhole' })).toMatchObject({ targetKind: 'vpc-peering', targetId: 'pcx-1', state: 'blackhole' });
    // An instance route names the instance and its ENI: the instance is the target people chose.
    expect(routeEntry({ DestinationCidrBlock: '0.0.0.0/0', InstanceId: 'i-1', InstanceOwnerId: '1', NetworkInterfaceId: 'eni-1' })).toMatchObject({ targetKind: 'instance', targetId: 'i-1' });
    expect(routeEntry({ DestinationCidrBlock: '0.0.0.0/0', NetworkInterfaceId: 'eni-2' })).toMatchObject({ targetKind: 'network-interface', targetId: 'eni-2' });
    expect(routeEntry({ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' })).toMatchObject({ targetKind: 'nat-gateway' });
    expect(routeEntry({ DestinationCidrBlock: '10.0.0.0/8', TransitGatewayId: 'tgw-1' })).toMatchObject({ targetKind: 'transit-gateway' });
    expect(routeEntry({ DestinationCidrBlock: '10.0.0.0/8', CoreNetworkArn: 'arn:aws:networkmanager::1:core-network/core-network-1' })).toMatchObject({ targetKind: 'core-network' });
    expect(routeEntry({ DestinationCidrBlock: '10.0.0.0/8', GatewayId: 'something-new-1' })).toMatchObject({ targetKind: 'other' });
    expect(routeEntry({ DestinationCidrBlock: '10.0.0.0/8' })).toEqual({ destinationCidr: '10.0.0.0/8' });
  });

  it('keeps internet gateway attachments sorted by VPC', () => {
    // The API reports a working IGW attachment as 'available', a value the SDK's enum leaves out.
    const available = 'available' as AttachmentStatus;
    expect(igwAttachments([{ VpcId: 'vpc-b', State: available }, { VpcId: 'vpc-a', State: 'detaching' }])).toEqual([
      { vpcId: 'vpc-a', state: 'detaching' },
      { vpcId: 'vpc-b', state: 'available' },
    ]);
    expect(igwAttachments([])).toEqual([]);
  });
});
