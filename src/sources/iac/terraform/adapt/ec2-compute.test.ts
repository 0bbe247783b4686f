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

describe('Terraform EC2 compute adapters', () => {
  const { by } = scan(`
resource "aws_instance" "web" {
  ami                         = "ami-1"
  associate_public_ip_address = true
  user_data_base64            = "ZXhwb3J0IEdSRUVUSU5HPWhlbGxv"
  metadata_options {
    http_tokens = "required"
  }
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = false
  }
}
resource "aws_launch_template" "lt" {
  name      = "app"
  user_data = "plain text"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = true
    }
  }
  network_interfaces {
    associate_public_ip_address = false
  }
}
resource "aws_launch_configuration" "lc" {
  image_id = "ami-1"
  metadata_options {
    http_tokens = "optional"
  }
}
resource "aws_ebs_encryption_by_default" "this" {}
`);
  it('models instances: metadata options, decoded user data, block devices, public address', () => {
    const web = by('aws_instance.web');
    expect(web.attributes.metadataOptions).toEqual({ state: 'known', value: { httpTokens: 'required' } });
    expect(web.attributes.userData).toEqual({ state: 'known', value: 'export GREETING=hello' });
    expect(web.attributes.associatePublicIpAddress).toEqual({ state: 'known', value: true });
    expect(web.attributes.blockDevices).toEqual({ state: 'known', value: [{ deviceName: 'root', root: true, encrypted: true }, { deviceName: '/dev/sdf', encrypted: false }] });
  });
  it('models launch templates, launch configurations and EBS encryption by default', () => {
    expect(by('aws_launch_template.lt').attributes.blockDevices).toEqual({ state: 'known', value: [{ deviceName: '/dev/xvda', encrypted: true }] });
    expect(by('aws_launch_template.lt').attributes.associatePublicIpAddress).toEqual({ state: 'known', value: false });
    expect(by('aws_launch_configuration.lc').attributes.metadataOptions).toEqual({ state: 'known', value: { httpTokens: 'optional' } });
    expect(by('aws_ebs_encryption_by_default.this').attributes.ebsEncryptionByDefault).toEqual({ state: 'known', value: true });
  });
});

describe('Terraform AMI adapter', () => {
  it('marks an image public when a launch permission names the group all, also for images built elsewhere', () => {
    const { by, resources } = scan(`
resource "aws_ami_copy" "app" {
  name              = "app"
  source_ami_id     = "ami-1"
  source_ami_region = "us-east-1"
}
resource "aws_ami_launch_permission" "everyone" {
  image_id = aws_ami_copy.app.id
  group    = "all"
}
resource "aws_ami_launch_permission" "partner" {
  image_id   = "ami-0123456789abcdef0"
  account_id = "210987654321"
}`);
    expect(by('aws_ami_copy.app').attributes.public).toEqual({ state: 'known', value: true });
    const orphan = resources.find((r) => r.provenance.address === 'aws_ami_launch_permission.partner');
    expect(orphan?.attributes.public).toEqual({ state: 'known', value: false });
    expect(orphan?.attributes.sharedWithAccounts).toEqual({ state: 'known', value: ['210987654321'] });
  });
});
