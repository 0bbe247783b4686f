import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanTerraform } from '../index.js';

function scan(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-kms-'));
  writeFileSync(join(dir, 'main.tf'), content);
  const r = scanTerraform([{ path: join(dir, 'main.tf'), relPath: 'main.tf', content, root: dir }]);
  return (address: string) => r.resources.find((x) => x.provenance.address === address) as Resource;
}
const values = (r: Resource) => Object.fromEntries(Object.entries(r.attributes).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));

describe('Terraform KMS key adapter', () => {
  const by = scan(`
resource "aws_kms_key" "data" {
  description             = "data"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

resource "aws_kms_key" "sign" {
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_2048"
  is_enabled               = false
}

resource "aws_kms_key_policy" "data" {
  key_id = aws_kms_key.data.id
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }] })
}
`);

  it('maps rotation, usage, spec, state and a separate key policy', () => {
    expect(values(by('aws_kms_key.data'))).toEqual({
      keyManager: 'CUSTOMER',
      rotationEnabled: true,
      rotationPeriodDays: 180,
      keyUsage: 'ENCRYPT_DECRYPT',
      keySpec: 'SYMMETRIC_DEFAULT',
      description: 'data',
      keyState: 'Enabled',
      policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] },
    });
    expect(values(by('aws_kms_key.sign'))).toMatchObject({ keyUsage: 'SIGN_VERIFY', keySpec: 'RSA_2048', keyState: 'Disabled' });
    expect(by('aws_kms_key.sign').attributes.rotationEnabled).toBeUndefined();
  });
});
