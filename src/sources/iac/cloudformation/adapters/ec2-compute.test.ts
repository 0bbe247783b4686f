import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/index.js';
import { scanCloudFormation } from '../scan.js';

const TEMPLATE = `
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-1
      UserData: !Base64 "export DB_PASSWORD=hunter22"
      MetadataOptions: { HttpTokens: required }
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { Encrypted: "true" }
        - DeviceName: /dev/sdb
          VirtualName: ephemeral0
  Lt:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          - HttpTokens: required
        UserData: ZXhwb3J0IEdSRUVUSU5HPWhlbGxv
  Lc:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-1
      InstanceType: t3.micro
      AssociatePublicIpAddress: true
`;

describe('CloudFormation EC2 compute adapters', () => {
  const r = scanCloudFormation([{ path: 'compute.yaml', content: TEMPLATE }]);
  const by = (id: string) => r.resources.find((x) => x.provenance.address === id) as Resource;
  it('decodes Fn::Base64 user data and reads metadata options and devices', () => {
    expect(r.issues).toEqual([]);
    expect(by('Web').attributes.userData).toEqual({ state: 'known', value: 'export DB_PASSWORD=hunter22' });
    expect(by('Web').attributes.metadataOptions).toEqual({ state: 'known', value: { httpTokens: 'required' } });
    expect(by('Web').attributes.blockDevices).toEqual({ state: 'known', value: [{ deviceName: '/dev/xvda', encrypted: true }, { deviceName: '/dev/sdb', virtualName: 'ephemeral0' }] });
  });
  it('reads launch template data (list-form metadata options) and launch configurations', () => {
    expect(by('Lt').attributes.metadataOptions).toEqual({ state: 'known', value: { httpTokens: 'required' } });
    expect(by('Lt').attributes.userData).toEqual({ state: 'known', value: 'export GREETING=hello' });
    expect(by('Lc').attributes.associatePublicIpAddress).toEqual({ state: 'known', value: true });
  });
});
