import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: "true"
      RotationPeriodInDays: 180
      KeyPolicy:
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root"
            Action: kms:*
            Resource: "*"
  SignKey:
    Type: AWS::KMS::Key
    Properties:
      KeySpec: ECC_NIST_P256
      KeyUsage: SIGN_VERIFY
      Enabled: false
      KeyPolicy: '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Verify", "Resource": "*"}]}'
`;

const resources = scanCloudFormation([{ path: 'kms.yaml', content: TEMPLATE }], { account: '111122223333' }).resources;
const byId = (id: string) => resources.find((r) => r.provenance.address === id) as Resource;
const values = (r: Resource) => Object.fromEntries(Object.entries(r.attributes).map(([k, ev]) => [k, ev.state === 'known' ? ev.value : ev.state]));

describe('CloudFormation KMS key adapter', () => {
  it('maps rotation, spec, usage, state and the key policy', () => {
    const data = values(byId('DataKey'));
    expect(data).toMatchObject({ keyManager: 'CUSTOMER', rotationEnabled: true, rotationPeriodDays: 180, keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled' });
    expect(data.policy).toMatchObject({ Statement: [{ Action: 'kms:*' }] });
    expect(byId('DataKey').account).toBe('111122223333');
  });
  it('parses a key policy given as JSON text', () => {
    expect(values(byId('SignKey'))).toMatchObject({ keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY', keyState: 'Disabled', policy: { Statement: [{ Principal: '*' }] } });
  });
});
