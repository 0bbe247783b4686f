import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  return { ...r, by: (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource };
}

const after = (expression: string) => ({ $unknown: expect.objectContaining({ kind: 'unresolved', expression }) });

describe('Terraform routing adapters', () => {
  it('models route tables from inline routes, aws_route, associations and the main association', () => {
    const { by, resources, issues } = scan(`
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_internet_gateway" "main" { vpc_id = aws_vpc.main.id }
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
  route {
    ipv6_cidr_block = "::/0"
    egress_only_gateway_id = "eigw-1"
  }
}
resource "aws_route" "peer" {
  route_table_id            = aws_route_table.public.id
  destination_cidr_block    = "10.20.0.0/24"
  vpc_peering_connection_id = "pcx-1"
}
resource "aws_route_table_association" "a" {
  subnet_id      = "subnet-1"
  route_table_id = aws_route_table.public.id
}
resource "aws_main_route_table_association" "m" {
  vpc_id         = aws_vpc.main.id
  route_table_id = aws_route_table.public.id
}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route" "elsewhere" {
  route_table_id         = "rtb-123"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-9"
}`);
    expect(issues).toEqual([]);
    const pub = by('aws_route_table.public');
    expect(pub.type).toBe('aws.ec2.route-table');
    expect(pub.attributes.routes).toEqual({
      state: 'known',
      value: [
        { destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: after('aws_internet_gateway.main.id') },
        { destinationIpv6Cidr: '::/0', targetKind: 'egress-only-internet-gateway', targetId: 'eigw-1' },
        { destinationCidr: '10.20.0.0/24', targetKind: 'vpc-peering', targetId: 'pcx-1' },
      ],
    });
    expect(pub.attributes.subnetIds).toEqual({ state: 'known', value: ['subnet-1'] });
    expect(pub.attributes.main).toEqual({ state: 'known', value: true });
    expect(pub.provenance.attributeLines?.['routes.2']?.line).toBe(15);
    const priv = by('aws_route_table.private');
    expect([priv.attributes.routes, priv.attributes.main]).toEqual([undefined, undefined]);
    const orphan = resources.find((r) => r.type === 'aws.ec2.route-table' && r.provenance.address === 'aws_route.elsewhere');
    expect(orphan?.attributes.routes).toEqual({ state: 'known', value: [{ destinationCidr: '0.0.0.0/0', targetKind: 'internet-gateway', targetId: 'igw-9' }] });
    expect(orphan?.attributes.vpcId).toMatchObject({ state: 'unknown' });
  });

  it('adopts the default route table as main and keeps unknown targets and dynamic routes unknown', () => {
    const { by } = scan(`
variable "next_hop" { type = string }
variable "routes" { type = list(object({ cidr = string })) }
resource "aws_default_route_table" "d" {
  default_route_table_id = "rtb-0"
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = var.next_hop
  }
}
resource "aws_route_table" "dyn" {
  vpc_id = "vpc-1"
  dynamic "route" {
    for_each = var.routes
    content {
      cidr_block                = route.value.cidr
      vpc_peering_connection_id = "pcx-2"
    }
  }
}`);
    const d = by('aws_default_route_table.d');
    expect(d.attributes.main).toEqual({ state: 'known', value: true });
    expect(d.attributes.routes).toEqual({ state: 'known', value: [{ destinationCidr: '0.0.0.0/0', targetKind: after('var.next_hop'), targetId: after('var.next_hop') }] });
    expect(by('aws_route_table.dyn').attributes.routes).toMatchObject({ state: 'known', value: [{ $unknown: expect.anything() }] });
  });

  it('models internet gateways attached inline or through an attachment resource', () => {
    const { by } = scan(`
resource "aws_internet_gateway" "inline" { vpc_id = "vpc-1" }
resource "aws_internet_gateway" "separate" {}
resource "aws_internet_gateway_attachment" "a" {
  internet_gateway_id = aws_internet_gateway.separate.id
  vpc_id              = "vpc-2"
}
resource "aws_internet_gateway" "detached" {}`);
    expect(by('aws_internet_gateway.inline').attributes.attachments).toEqual({ state: 'known', value: [{ vpcId: 'vpc-1' }] });
    expect(by('aws_internet_gateway.separate').attributes.attachments).toEqual({ state: 'known', value: [{ vpcId: 'vpc-2' }] });
    expect(by('aws_internet_gateway.detached').attributes.attachments).toBeUndefined();
  });
});
