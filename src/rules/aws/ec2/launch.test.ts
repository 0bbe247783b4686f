import { describe, expect, it } from 'vitest';
import { iacResource } from '../../../core/fixtures.js';
import type { Resource } from '../../../core/index.js';
import { Inventory, builtinResourceTypes, createContext } from '../../../core/index.js';
import { checkBlockDevices, checkImdsV2 } from './launch.js';

const types = builtinResourceTypes();
const ctxFor = (r: Resource, others: Resource[] = []) => createContext(r, types.get(r.type), new Inventory([r, ...others]), []);

describe('launch checks', () => {
  it('accepts required tokens or a disabled endpoint for IMDSv2', () => {
    expect(checkImdsV2(ctxFor(iacResource('aws.ec2.instance', 'a', { metadataOptions: { httpTokens: 'required' } })), 'instance').status).toBe('PASS');
    expect(checkImdsV2(ctxFor(iacResource('aws.ec2.instance', 'b', { metadataOptions: { httpEndpoint: 'disabled' } })), 'instance').status).toBe('PASS');
    expect(checkImdsV2(ctxFor(iacResource('aws.ec2.instance', 'c', {})), 'instance').status).toBe('FAIL');
  });
  it('lets EBS encryption by default cover devices that do not say', () => {
    const inst = iacResource('aws.ec2.instance', 'd', { blockDevices: [{ deviceName: '/dev/xvda', root: true }] });
    expect(checkBlockDevices(ctxFor(inst), 'instance').status).toBe('FAIL');
    const on = iacResource('aws.ec2.region-settings', 'default', { ebsEncryptionByDefault: true });
    expect(checkBlockDevices(ctxFor(inst, [on]), 'instance').status).toBe('PASS');
    const explicit = iacResource('aws.ec2.instance', 'e', { blockDevices: [{ deviceName: '/dev/xvda', encrypted: false }] });
    expect(checkBlockDevices(ctxFor(explicit, [on]), 'instance').status).toBe('FAIL');
    const store = iacResource('aws.ec2.instance', 'f', { blockDevices: [{ deviceName: '/dev/sdb', virtualName: 'ephemeral0' }] });
    expect(checkBlockDevices(ctxFor(store), 'instance').status).toBe('PASS');
  });
});
