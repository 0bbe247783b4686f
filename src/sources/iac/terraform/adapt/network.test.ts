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

describe('Terraform network adapters', () => {
  it('models network ACLs from inline blocks, rule resources and orphan rules', () => {
    const { by, resources } = scan(`
resource "aws_network_acl" "main" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "10.0.0.0/8"
    from_port  = 22
    to_port    = 22
  }
}
resource "aws_network_acl_rule" "rdp" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 200
  egress         = false
  protocol       = "6"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}
resource "aws_network_acl_rule" "elsewhere" {
  network_acl_id = "acl-123"
  rule_number    = 10
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
resource "aws_default_network_acl" "default" {
  default_network_acl_id = "acl-0"
}`);
    expect(by('aws_network_acl.main').attributes.ingress).toEqual({
      state: 'known',
      value: [
        { ruleNumber: 100, protocol: 'tcp', ruleAction: 'allow', cidrBlock: '10.0.0.0/8', fromPort: 22, toPort: 22 },
        { ruleNumber: 200, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', fromPort: 3389, toPort: 3389 },
      ],
    });
    const orphan = resources.find((r) => r.type === 'aws.ec2.network-acl' && r.provenance.address === 'aws_network_acl_rule.elsewhere');
    expect(orphan?.attributes.egress).toEqual({ state: 'known', value: [{ ruleNumber: 10, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' }] });
    expect(by('aws_default_network_acl.default').attributes.isDefault).toEqual({ state: 'known', value: true });
  });

  it('models subnets, VPCs with flow logs, and names the default security group', () => {
    const { by } = scan(`
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_flow_log" "main" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "REJECT"
}
resource "aws_default_subnet" "a" { availability_zone = "us-east-1a" }
resource "aws_subnet" "b" {
  vpc_id                  = aws_vpc.main.id
  map_public_ip_on_launch = true
}
resource "aws_default_security_group" "default" { vpc_id = aws_vpc.main.id }`);
    expect(by('aws_vpc.main').attributes.flowLogs).toEqual({ state: 'known', value: [{ trafficType: 'REJECT', destinationType: 'cloud-watch-logs' }] });
    expect(by('aws_default_subnet.a').attributes.mapPublicIpOnLaunch).toEqual({ state: 'known', value: true });
    expect(by('aws_subnet.b').attributes.mapPublicIpOnLaunch).toEqual({ state: 'known', value: true });
    expect(by('aws_default_security_group.default').attributes.groupName).toEqual({ state: 'known', value: 'default' });
  });
});
